package dev.awsemulator.server.kafka.brokers;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.core.kafka.KafkaOptions;
import dev.awsemulator.core.kafka.brokers.BrokerNode;
import dev.awsemulator.core.kafka.brokers.ClusterSpec;
import dev.awsemulator.core.kafka.brokers.Listener;
import dev.awsemulator.core.kafka.brokers.RunningCluster;
import dev.awsemulator.core.persistence.ServiceStorages;
import dev.awsemulator.kafka.InJvmBrokerRuntime;
import dev.awsemulator.server.EmulatorServer;
import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kafka.KafkaClient;
import software.amazon.awssdk.services.kafka.model.BrokerNodeGroupInfo;
import software.amazon.awssdk.services.kafka.model.EncryptionInTransit;
import software.amazon.awssdk.services.kafka.model.EncryptionInfo;
import software.amazon.awssdk.services.kafka.model.TopicInfo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --kafka-bootstrap}: an existing Kafka cluster (here a second in-JVM broker standing in for a team's
 * shared one) serves every MSK cluster. The control plane keeps its own state and transitions (a 1-second
 * delay here, which a Terraform-style waiter sits out), GetBootstrapBrokers returns the existing cluster, and
 * the topic operations show its topics.
 */
class ExternalBootstrapTest {

    private static final ServiceStorages STORAGES = new ServiceStorages(null);
    private static RunningCluster external;
    private static String externalBootstrap;
    private static EmulatorServer server;
    private static KafkaClient kafka;

    @BeforeAll
    static void start() throws Exception {
        external = new InJvmBrokerRuntime().start(new ClusterSpec("arn:aws:kafka:us-east-1:000000000000:cluster/shared/1",
                UUID.randomUUID(), 1, Set.of(Listener.PLAINTEXT), Map.of("offsets.topic.replication.factor", "1"),
                Map.of(), () -> null, "127.0.0.1", STORAGES.of("kafka"), Map.of(), null)).toCompletableFuture().join();
        externalBootstrap = external.nodes().stream().map(BrokerNode::endpoints)
                .map(endpoints -> endpoints.get(Listener.PLAINTEXT).toString()).collect(Collectors.joining(","));
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", externalBootstrap))) {
            admin.createTopics(List.of(new NewTopic("team-events", 2, (short) 1))).all().get();
        }
        server = EmulatorServer.builder().port(0).emulator(Emulator.builder().options(KafkaOptions.DEFAULTS
                .withTransitionDelay(Duration.ofSeconds(1)).withExternalBootstrap(externalBootstrap)).build()).start();
        kafka = KafkaClient.builder().endpointOverride(server.endpoint()).region(Region.of(EmulatorServerExtension.REGION))
                .credentialsProvider(EmulatorServerExtension.credentials()).httpClientBuilder(Apache5HttpClient.builder())
                .build();
    }

    @AfterAll
    static void stop() {
        kafka.close();
        server.close();
        server.emulator().close();
        external.stop(true).toCompletableFuture().join();
        STORAGES.close();
    }

    @Test
    void anMskClusterStandsForTheExistingClusterOnceTheWaiterSeesItActive() {
        String arn = kafka.createCluster(request -> request.clusterName("shared").kafkaVersion("3.9.x")
                .numberOfBrokerNodes(2).brokerNodeGroupInfo(BrokerNodeGroupInfo.builder().instanceType("kafka.m5.large")
                        .clientSubnets("subnet-1", "subnet-2").build())
                .encryptionInfo(EncryptionInfo.builder().encryptionInTransit(EncryptionInTransit.builder()
                        .clientBroker("PLAINTEXT").build()).build())).clusterArn();

        assertThat(kafka.describeClusterV2(b -> b.clusterArn(arn)).clusterInfo().stateAsString()).isEqualTo("CREATING");
        SharedBrokers.awaitActive(kafka, arn);

        assertThat(kafka.getBootstrapBrokers(b -> b.clusterArn(arn)).bootstrapBrokerString()).isEqualTo(externalBootstrap);
        assertThat(kafka.listTopics(b -> b.clusterArn(arn)).topics()).extracting(TopicInfo::topicName)
                .contains("team-events");
        assertThat(kafka.describeCluster(b -> b.clusterArn(arn)).clusterInfo().numberOfBrokerNodes()).isEqualTo(2);
    }
}
