package dev.awsemulator.server.kafka.brokers;

import dev.awsemulator.server.testsupport.DevServerProcess;
import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kafka.KafkaClient;
import software.amazon.awssdk.services.kafka.model.BrokerNodeGroupInfo;
import software.amazon.awssdk.services.kafka.model.EncryptionInTransit;
import software.amazon.awssdk.services.kafka.model.EncryptionInfo;
import software.amazon.awssdk.services.kafka.model.NotFoundException;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar with {@code --data-dir}: a cluster and its broker's log survive SIGKILL; the restarted emulator brings
 * the broker back on the same bootstrap port, and a read_committed consumer reads what was committed before.
 */
class KafkaPersistenceIT {

    @TempDir
    Path dataDir;

    @Test
    void aBrokerComesBackWithItsRecordsOnTheSamePortAfterTheEmulatorWasKilled() throws Exception {
        String arn;
        String bootstrap;
        try (DevServerProcess first = DevServerProcess.start("--data-dir", dataDir.toString());
             KafkaClient kafka = kafka(first.endpoint())) {
            arn = kafka.createCluster(b -> b.clusterName("ledger").kafkaVersion("3.9.x").numberOfBrokerNodes(1)
                    .brokerNodeGroupInfo(BrokerNodeGroupInfo.builder().instanceType("kafka.t3.small")
                            .clientSubnets("subnet-1").build())
                    .encryptionInfo(EncryptionInfo.builder().encryptionInTransit(EncryptionInTransit.builder()
                            .clientBroker("PLAINTEXT").build()).build())).clusterArn();
            SharedBrokers.awaitActive(kafka, arn);
            bootstrap = kafka.getBootstrapBrokers(b -> b.clusterArn(arn)).bootstrapBrokerString();
            try (Admin admin = Admin.create(KafkaClients.plaintext(bootstrap))) {
                admin.createTopics(List.of(new NewTopic("entries", 1, (short) 1))).all().get();
            }
            KafkaClients.produceTransactionally(KafkaClients.plaintext(bootstrap), "entries",
                    List.of("opened", "credited", "debited"), "never");
            first.kill();
        }
        assertThat(clusterDirectories()).hasSize(1);

        try (DevServerProcess second = DevServerProcess.start("--data-dir", dataDir.toString());
             KafkaClient kafka = kafka(second.endpoint())) {
            SharedBrokers.awaitActive(kafka, arn);

            assertThat(kafka.getBootstrapBrokers(b -> b.clusterArn(arn)).bootstrapBrokerString()).isEqualTo(bootstrap);
            assertThat(KafkaClients.consumeCommitted(KafkaClients.plaintext(bootstrap), "entries", 3))
                    .containsExactly("opened", "credited", "debited");

            kafka.deleteCluster(b -> b.clusterArn(arn));
            awaitGone(kafka, arn);
            assertThat(clusterDirectories()).isEmpty();
            try (ServerSocket freed = new ServerSocket()) {
                freed.bind(new InetSocketAddress("127.0.0.1", Integer.parseInt(bootstrap.substring(
                        bootstrap.lastIndexOf(':') + 1))));
            }
        }
    }

    private List<Path> clusterDirectories() throws IOException {
        try (Stream<Path> clusters = Files.list(dataDir.resolve("kafka"))) {
            return clusters.filter(Files::isDirectory).toList();
        }
    }

    /** Polls until DescribeClusterV2 no longer knows the cluster: DELETING ends once its broker stopped. */
    private static void awaitGone(KafkaClient kafka, String arn) {
        Instant deadline = Instant.now().plus(SharedBrokers.ACTIVE_WITHIN);
        try {
            while (true) {
                assertThat(kafka.describeClusterV2(b -> b.clusterArn(arn)).clusterInfo().stateAsString())
                        .isEqualTo("DELETING");
                assertThat(Instant.now()).isBefore(deadline);
                SharedBrokers.pause();
            }
        } catch (NotFoundException gone) {
            assertThat(gone.statusCode()).isEqualTo(404);
        }
    }

    private static KafkaClient kafka(URI endpoint) {
        return KafkaClient.builder().endpointOverride(endpoint).region(Region.of(EmulatorServerExtension.REGION))
                .credentialsProvider(EmulatorServerExtension.credentials())
                .httpClientBuilder(Apache5HttpClient.builder()).build();
    }
}
