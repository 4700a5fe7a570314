package dev.awsemulator.junit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kafka.KafkaClient;
import software.amazon.awssdk.services.kafka.model.ClusterState;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** MSK through the extension: a declared cluster with a real broker, its bootstrap servers from the handle, the injected KafkaClient. */
@AwsEmulatorTest(clusters = "orders", resetBetweenTests = false)
class MskTest {

    @Test
    void aDeclaredClusterServesRecordsAtTheBootstrapServersTheHandleGives(KafkaClient kafka, AwsEmulator aws)
            throws Exception {
        String bootstrap = aws.bootstrapServers("orders");

        var clusters = kafka.listClustersV2(b -> b.maxResults(10)).clusterInfoList();
        assertThat(clusters).singleElement().satisfies(orders -> {
            assertThat(orders.clusterName()).isEqualTo("orders");
            assertThat(orders.state()).isEqualTo(ClusterState.ACTIVE);
            assertThat(kafka.getBootstrapBrokers(b -> b.clusterArn(orders.clusterArn())).bootstrapBrokerString())
                    .isEqualTo(bootstrap);
        });
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", bootstrap))) {
            // MSK's default configuration does not create topics on first use
            admin.createTopics(List.of(new NewTopic("placed", 1, (short) 1))).all().get();
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrap),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("placed", "order-1", "two books")).get();
        }
        assertThat(consume(bootstrap, "placed")).containsExactly("two books");
    }

    @Test
    void anUndeclaredClusterIsNamed(AwsEmulator aws) {
        assertThatThrownBy(() -> aws.bootstrapServers("invoices"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("no MSK cluster invoices in account 000000000000 and region us-east-1");
    }

    private static List<String> consume(String bootstrap, String topic) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", bootstrap,
                "group.id", "readers", "auto.offset.reset", "earliest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plusSeconds(60);
            while (values.isEmpty() && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }
}
