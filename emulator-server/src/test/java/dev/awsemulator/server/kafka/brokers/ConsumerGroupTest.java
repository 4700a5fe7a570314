package dev.awsemulator.server.kafka.brokers;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.kafka.model.BrokerNodeGroupInfo;
import software.amazon.awssdk.services.kafka.model.EncryptionInTransit;
import software.amazon.awssdk.services.kafka.model.EncryptionInfo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A consumer group whose partitions move to a second member when it joins, each record read once in all. */
@ExtendWith(SharedBrokers.Resolver.class)
class ConsumerGroupTest {

    @Test
    void aSecondConsumerTakesOverHalfThePartitionsAndNoRecordIsReadTwice(SharedBrokers brokers) throws Exception {
        String arn = brokers.cluster("groups", request -> request.kafkaVersion("3.9.x").numberOfBrokerNodes(1)
                .brokerNodeGroupInfo(BrokerNodeGroupInfo.builder().instanceType("kafka.t3.small")
                        .clientSubnets("subnet-1").build())
                .encryptionInfo(EncryptionInfo.builder().encryptionInTransit(EncryptionInTransit.builder()
                        .clientBroker("PLAINTEXT").build()).build()));
        String bootstrap = brokers.kafka().getBootstrapBrokers(b -> b.clusterArn(arn)).bootstrapBrokerString();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic("payments", 4, (short) 1))).all().get();
        }
        try (Member one = new Member(bootstrap); Member two = new Member(bootstrap)) {
            one.join();
            pollUntil(() -> one.assigned.size() == 4, one);
            produce(bootstrap, IntStream.range(0, 40).mapToObj(i -> "payment-" + i).toList());
            pollUntil(() -> one.read.size() == 40, one);

            two.join();
            pollUntil(() -> one.assigned.size() == 2 && two.assigned.size() == 2, one, two);
            produce(bootstrap, IntStream.range(40, 80).mapToObj(i -> "payment-" + i).toList());
            pollUntil(() -> one.read.size() + two.read.size() >= 80, one, two);

            assertThat(one.assigned).doesNotContainAnyElementsOf(two.assigned);
            assertThat(two.read).isNotEmpty();
            List<String> all = new ArrayList<>(one.read);
            all.addAll(two.read);
            assertThat(all).hasSize(80).doesNotHaveDuplicates();
        }
    }

    /** Polls every member in turn until the condition holds; members commit what they read. */
    private static void pollUntil(BooleanSupplier done, Member... members) {
        Instant deadline = Instant.now().plusSeconds(90);
        while (!done.getAsBoolean()) {
            assertThat(Instant.now()).as("waiting for the group").isBefore(deadline);
            for (Member member : members) {
                member.poll();
            }
        }
    }

    /** A member of group {@code ledger}: what it was assigned, what it read. */
    private static final class Member implements AutoCloseable {
        final Set<TopicPartition> assigned = new HashSet<>();
        final List<String> read = new ArrayList<>();
        private final KafkaConsumer<String, String> consumer;

        Member(String bootstrap) {
            consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap, "group.id", "ledger",
                    "auto.offset.reset", "earliest", "enable.auto.commit", "false",
                    "key.deserializer", StringDeserializer.class.getName(),
                    "value.deserializer", StringDeserializer.class.getName()));
        }

        void join() {
            consumer.subscribe(List.of("payments"), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    consumer.commitSync();
                    assigned.removeAll(partitions);
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    assigned.addAll(partitions);
                }
            });
        }

        void poll() {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                read.add(record.value());
            }
            consumer.commitSync();
        }

        @Override
        public void close() {
            consumer.close();
        }
    }

    private static void produce(String bootstrap, List<String> values) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap,
                "key.serializer", StringSerializer.class.getName(),
                "value.serializer", StringSerializer.class.getName()))) {
            for (String value : values) {
                producer.send(new ProducerRecord<>("payments", value, value)).get();
            }
        }
    }
}
