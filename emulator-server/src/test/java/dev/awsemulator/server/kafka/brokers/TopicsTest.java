package dev.awsemulator.server.kafka.brokers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.kafka.model.BrokerNodeGroupInfo;
import software.amazon.awssdk.services.kafka.model.EncryptionInTransit;
import software.amazon.awssdk.services.kafka.model.EncryptionInfo;
import software.amazon.awssdk.services.kafka.model.TopicInfo;
import software.amazon.awssdk.services.kafka.model.KafkaException;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * MSK's topic operations answered by the brokers, and the dashboard's view of them: topics with partitions and
 * end offsets, consumer groups with their lag.
 */
@ExtendWith(SharedBrokers.Resolver.class)
class TopicsTest {

    private static String arn;
    private static String bootstrap;

    @BeforeAll
    static void topics(SharedBrokers brokers) throws Exception {
        arn = brokers.cluster("topics", request -> request.kafkaVersion("3.9.x").numberOfBrokerNodes(1)
                .brokerNodeGroupInfo(BrokerNodeGroupInfo.builder().instanceType("kafka.t3.small")
                        .clientSubnets("subnet-1").build())
                .encryptionInfo(EncryptionInfo.builder().encryptionInTransit(EncryptionInTransit.builder()
                        .clientBroker("PLAINTEXT").build()).build()));
        bootstrap = brokers.kafka().getBootstrapBrokers(b -> b.clusterArn(arn)).bootstrapBrokerString();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic("ledger", 3, (short) 1).configs(Map.of("cleanup.policy", "compact")),
                    new NewTopic("audit", 1, (short) 1))).all().get();
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap,
                "key.serializer", StringSerializer.class.getName(),
                "value.serializer", StringSerializer.class.getName()))) {
            for (int i = 0; i < 5; i++) {
                producer.send(new ProducerRecord<>("ledger", 0, "account-" + i, "entry-" + i)).get();
            }
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap,
                "group.id", "statements", "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", StringDeserializer.class.getName()))) {
            consumer.commitSync(Map.of(new TopicPartition("ledger", 0), new OffsetAndMetadata(2)));
        }
    }

    @Test
    void topicsAreDescribedAndListedWithTheirPartitionsAndConfigs(SharedBrokers brokers) {
        var described = brokers.kafka().describeTopic(b -> b.clusterArn(arn).topicName("ledger"));

        assertThat(described.topicArn()).isEqualTo(arn.replace(":cluster/", ":topic/") + "/ledger");
        assertThat(described.partitionCount()).isEqualTo(3);
        assertThat(described.replicationFactor()).isEqualTo(1);
        assertThat(new String(Base64.getDecoder().decode(described.configs()), StandardCharsets.UTF_8))
                .isEqualTo("{\"cleanup.policy\":\"compact\"}");
        assertThat(brokers.kafka().listTopicsPaginator(b -> b.clusterArn(arn).maxResults(1)).topics())
                .extracting(TopicInfo::topicName).containsExactly("audit", "ledger");
        assertThat(brokers.kafka().describeTopicPartitions(b -> b.clusterArn(arn).topicName("ledger")).partitions())
                .extracting(partition -> partition.partition() + ":" + partition.leader() + ":" + partition.isr())
                .containsExactly("0:1:[1]", "1:1:[1]", "2:1:[1]");
        assertThatThrownBy(() -> brokers.kafka().describeTopic(b -> b.clusterArn(arn).topicName("missing")))
                .isInstanceOfSatisfying(KafkaException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnknownTopicOrPartitionException");
                });
    }

    @Test
    void theDashboardShowsEndOffsetsAndTheGroupsLag(SharedBrokers brokers) throws Exception {
        String json = HttpClient.newHttpClient().send(HttpRequest.newBuilder(brokers.server().endpoint()
                .resolve("/_emulator/dashboard/api/clusters")).build(), HttpResponse.BodyHandlers.ofString()).body();

        JsonNode cluster = null;
        for (JsonNode candidate : new ObjectMapper().readTree(json).path("clusters")) {
            if (candidate.path("arn").asText().equals(arn)) {
                cluster = candidate;
            }
        }
        assertThat(cluster).isNotNull();
        assertThat(cluster.path("runningKafkaVersion").asText()).isEqualTo("4.1.1");
        assertThat(cluster.path("topics").findValues("name")).extracting(JsonNode::asText).contains("ledger");
        assertThat(cluster.path("topics").toString()).contains("\"endOffset\":5");
        JsonNode group = cluster.path("groups").get(0);
        assertThat(group.path("groupId").asText()).isEqualTo("statements");
        assertThat(group.path("offsets").get(0).path("committed").asLong()).isEqualTo(2);
        assertThat(group.path("offsets").get(0).path("lag").asLong()).isEqualTo(3);
    }
}
