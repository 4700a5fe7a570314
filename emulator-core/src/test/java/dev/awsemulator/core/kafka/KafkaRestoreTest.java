package dev.awsemulator.core.kafka;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.core.kafka.api.BatchAssociateScramSecretRequest;
import dev.awsemulator.core.kafka.api.CreateConfigurationRequest;
import dev.awsemulator.core.kafka.api.DeleteClusterRequest;
import dev.awsemulator.core.kafka.api.DescribeClusterV2Request;
import dev.awsemulator.core.kafka.api.GetBootstrapBrokersRequest;
import dev.awsemulator.core.kafka.api.ListConfigurationsRequest;
import dev.awsemulator.core.kafka.api.ListScramSecretsRequest;
import dev.awsemulator.core.kafka.brokers.BrokerRuntime;
import dev.awsemulator.core.kafka.brokers.ClusterSpec;
import dev.awsemulator.core.kafka.brokers.Listener;
import dev.awsemulator.core.time.ManualClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.awsemulator.core.kafka.KafkaFixture.CALLER;
import static org.assertj.core.api.Assertions.assertThat;

/** With a data directory, MSK's resources come back after a restart and their brokers start again where they were. */
class KafkaRestoreTest {

    @TempDir
    Path directory;

    @Test
    void clustersComeBackActiveAndTheirBrokersTakeTheSamePortsAndDirectoryAgain() {
        FakeBrokerRuntime before = new FakeBrokerRuntime();
        String arn;
        String bootstrap;
        String alice;
        try (Emulator emulator = emulator(before)) {
            KafkaService kafka = emulator.service(KafkaService.class);
            arn = kafka.createCluster(CALLER, KafkaFixture.withScram("kept")).clusterArn();
            alice = kafka.registerScramSecret(CALLER, "AmazonMSK_alice", "alice", "secret");
            kafka.batchAssociateScramSecret(CALLER, new BatchAssociateScramSecretRequest(arn, List.of(alice)));
            kafka.createConfiguration(CALLER, new CreateConfigurationRequest(null, null, "kept-configuration",
                    "num.partitions=3".getBytes(StandardCharsets.UTF_8)));
            bootstrap = kafka.getBootstrapBrokers(CALLER, new GetBootstrapBrokersRequest(arn)).bootstrapBrokerString();
            String deleted = kafka.createCluster(CALLER, KafkaFixture.provisioned("gone", 1)).clusterArn();
            kafka.deleteCluster(CALLER, new DeleteClusterRequest(deleted, null));
        }
        assertThat(before.stopped).containsEntry(arn, false);
        ClusterSpec first = before.started.get(0);
        assertThat(first.storage().directory(first.directoryNames())).isEqualTo(directory.resolve("kafka")
                .resolve(first.clusterId().toString()));

        FakeBrokerRuntime after = new FakeBrokerRuntime();
        try (Emulator emulator = emulator(after)) {
            KafkaService kafka = emulator.service(KafkaService.class);

            assertThat(kafka.describeClusterV2(CALLER, new DescribeClusterV2Request(arn)).clusterInfo().state())
                    .isEqualTo("ACTIVE");
            assertThat(kafka.getBootstrapBrokers(CALLER, new GetBootstrapBrokersRequest(arn)).bootstrapBrokerString())
                    .isEqualTo(bootstrap);
            assertThat(after.started).singleElement().satisfies(spec -> {
                assertThat(spec.clusterId()).isEqualTo(before.started.get(0).clusterId());
                assertThat(spec.ports().get(1)).containsEntry(Listener.PLAINTEXT,
                        Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1)));
                assertThat(spec.scramUsers()).isEqualTo(Map.of("alice", "secret"));
            });
            assertThat(kafka.listScramSecrets(CALLER, new ListScramSecretsRequest(arn, null, null)).secretArnList())
                    .containsExactly(alice);
            assertThat(kafka.listConfigurations(CALLER, new ListConfigurationsRequest(null, null)).configurations())
                    .extracting(configuration -> configuration.name()).containsExactly("kept-configuration");
            assertThat(kafka.overview()).extracting(ClusterOverview::name).containsExactly("kept");
        }
    }

    @Test
    void aResetDeletesClustersWithTheirFilesButKeepsTheBrokerCertificate() throws Exception {
        FakeBrokerRuntime runtime = new FakeBrokerRuntime();
        try (Emulator emulator = emulator(runtime)) {
            KafkaService kafka = emulator.service(KafkaService.class);
            String arn = kafka.createCluster(CALLER, KafkaFixture.provisioned("reset", 1)).clusterArn();
            String certificate = kafka.brokerCertificatePem();
            ClusterSpec spec = runtime.started.get(0);
            Path logs = spec.storage().directory(spec.directoryNames());
            Files.createDirectories(logs.resolve("node-1"));

            emulator.reset();

            assertThat(runtime.stopped).containsEntry(arn, true);
            assertThat(kafka.overview()).isEmpty();
            assertThat(kafka.brokerCertificatePem()).isEqualTo(certificate);
            assertThat(directory.resolve("kafka").resolve("broker-certificate.pem")).hasContent(certificate.strip());
        }
    }

    private Emulator emulator(FakeBrokerRuntime runtime) {
        return Emulator.builder().clock(new ManualClock()).dataDirectory(directory)
                .port(BrokerRuntime.class, runtime).build();
    }
}
