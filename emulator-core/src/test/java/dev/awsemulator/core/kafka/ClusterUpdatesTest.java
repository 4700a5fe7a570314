package dev.awsemulator.core.kafka;

import dev.awsemulator.core.kafka.api.ConfigurationInfo;
import dev.awsemulator.core.kafka.api.CreateConfigurationRequest;
import dev.awsemulator.core.kafka.api.DescribeClusterOperationRequest;
import dev.awsemulator.core.kafka.api.DescribeClusterOperationV2Request;
import dev.awsemulator.core.kafka.api.GetBootstrapBrokersRequest;
import dev.awsemulator.core.kafka.api.GetCompatibleKafkaVersionsRequest;
import dev.awsemulator.core.kafka.api.ClientAuthentication;
import dev.awsemulator.core.kafka.api.EncryptionInTransit;
import dev.awsemulator.core.kafka.api.EncryptionInfo;
import dev.awsemulator.core.kafka.api.RebootBrokerRequest;
import dev.awsemulator.core.kafka.api.Unauthenticated;
import dev.awsemulator.core.kafka.api.UpdateBrokerCountRequest;
import dev.awsemulator.core.kafka.api.UpdateBrokerTypeRequest;
import dev.awsemulator.core.kafka.api.UpdateClusterConfigurationRequest;
import dev.awsemulator.core.kafka.api.UpdateClusterKafkaVersionRequest;
import dev.awsemulator.core.kafka.api.UpdateSecurityRequest;
import dev.awsemulator.core.kafka.brokers.Listener;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static dev.awsemulator.core.kafka.KafkaFixture.CALLER;
import static dev.awsemulator.core.kafka.KafkaFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;

/** Cluster operations from PENDING through UPDATE_IN_PROGRESS to UPDATE_COMPLETE, and what brokers are told. */
class ClusterUpdatesTest {

    @Test
    void anUpdateIsPendingThenInProgressThenCompleteWithANewClusterVersion() {
        KafkaFixture fixture = new KafkaFixture(Duration.ofSeconds(4), new FakeBrokerRuntime());
        String arn = fixture.create("grow", 3);
        fixture.clock.advance(Duration.ofSeconds(4));
        String version = fixture.version(arn);

        String operation = fixture.kafka.updateBrokerCount(CALLER, new UpdateBrokerCountRequest(arn, version, 6))
                .clusterOperationArn();

        assertThat(operation).startsWith(arn.replace(":cluster/", ":cluster-operation/") + "/");
        assertThat(fixture.state(arn)).isEqualTo("UPDATING");
        assertThat(state(fixture, operation)).isEqualTo("PENDING");
        fixture.clock.advance(Duration.ofSeconds(4));
        assertThat(state(fixture, operation)).isEqualTo("UPDATE_IN_PROGRESS");
        assertThat(fixture.runtime.applied).singleElement().satisfies(spec ->
                assertThat(spec.brokerCount()).isEqualTo(6));
        fixture.clock.advance(Duration.ofSeconds(4));

        var info = fixture.kafka.describeClusterOperation(CALLER, new DescribeClusterOperationRequest(operation))
                .clusterOperationInfo();
        assertThat(info.operationState()).isEqualTo("UPDATE_COMPLETE");
        assertThat(info.operationType()).isEqualTo("UPDATE_BROKER_COUNT");
        assertThat(info.sourceClusterInfo().numberOfBrokerNodes()).isEqualTo(3);
        assertThat(info.targetClusterInfo().numberOfBrokerNodes()).isEqualTo(6);
        assertThat(info.operationSteps()).allSatisfy(step -> assertThat(step.stepInfo().stepStatus())
                .isEqualTo("COMPLETE"));
        assertThat(fixture.state(arn)).isEqualTo("ACTIVE");
        assertThat(fixture.version(arn)).isNotEqualTo(version).matches("K[A-Z0-9]{13}");
        assertThat(fixture.kafka.getBootstrapBrokers(CALLER, new GetBootstrapBrokersRequest(arn))
                .bootstrapBrokerStringTls().split(",")).hasSize(6);
    }

    @Test
    void anUpdateNamingAnOldVersionOrOfABusyClusterIsRefusedAndChangesNothing() {
        KafkaFixture fixture = new KafkaFixture(Duration.ofSeconds(4), new FakeBrokerRuntime());
        String arn = fixture.create("busy", 1);
        refused(() -> fixture.kafka.updateBrokerType(CALLER, new UpdateBrokerTypeRequest(arn, fixture.version(arn),
                "kafka.m5.xlarge")), KafkaError.BAD_REQUEST,
                "The cluster is in the CREATING state. You can update a cluster only when it is ACTIVE.");
        fixture.clock.advance(Duration.ofSeconds(4));
        String version = fixture.version(arn);

        refused(() -> fixture.kafka.updateBrokerType(CALLER, new UpdateBrokerTypeRequest(arn, "KOLD", "kafka.m5.xlarge")),
                KafkaError.BAD_REQUEST, "The cluster's current version is " + version + ", not KOLD. Describe the"
                        + " cluster to get its current version.");
        refused(() -> fixture.kafka.updateBrokerType(CALLER, new UpdateBrokerTypeRequest(arn, version,
                "kafka.m5.large")), KafkaError.BAD_REQUEST, "The brokers are already of type kafka.m5.large.");
        refused(() -> fixture.kafka.updateClusterKafkaVersion(CALLER, new UpdateClusterKafkaVersionRequest(arn, null,
                        version, "3.5.1")), KafkaError.BAD_REQUEST, "The cluster can't be updated from Apache Kafka"
                + " version 3.6.0 to 3.5.1. Use GetCompatibleKafkaVersions to see the versions it can be updated to.");

        assertThat(fixture.version(arn)).isEqualTo(version);
        assertThat(fixture.state(arn)).isEqualTo("ACTIVE");
        assertThat(fixture.kafka.getCompatibleKafkaVersions(CALLER, new GetCompatibleKafkaVersionsRequest(arn))
                .compatibleKafkaVersions()).singleElement().satisfies(compatible ->
                assertThat(compatible.targetVersions()).contains("3.7.x", "3.9.x").doesNotContain("3.5.1",
                        "3.9.x.kraft"));
    }

    @Test
    void aNewConfigurationAndNewSecurityReachTheBrokers() {
        KafkaFixture fixture = new KafkaFixture();
        String arn = fixture.create("tuned", 1);
        String configuration = fixture.kafka.createConfiguration(CALLER, new CreateConfigurationRequest(null,
                null, "auto-create", "auto.create.topics.enable=true\nnum.partitions=6\ndefault.replication.factor=3\n"
                .getBytes(StandardCharsets.UTF_8))).arn();

        fixture.kafka.updateClusterConfiguration(CALLER, new UpdateClusterConfigurationRequest(arn,
                new ConfigurationInfo(configuration, 1L), fixture.version(arn)));
        fixture.kafka.updateSecurity(CALLER, new UpdateSecurityRequest(
                new ClientAuthentication(null, null, new Unauthenticated(true)), arn, fixture.version(arn),
                new EncryptionInfo(null, new EncryptionInTransit("TLS_PLAINTEXT", true))));

        assertThat(fixture.runtime.applied).hasSize(2);
        assertThat(fixture.runtime.applied.get(0).serverProperties()).containsEntry("auto.create.topics.enable", "true")
                .containsEntry("num.partitions", "6").containsEntry("default.replication.factor", "1");
        assertThat(fixture.runtime.applied.get(1).listeners()).containsExactlyInAnyOrder(Listener.PLAINTEXT,
                Listener.TLS);
        assertThat(fixture.kafka.getBootstrapBrokers(CALLER, new GetBootstrapBrokersRequest(arn))
                .bootstrapBrokerString()).startsWith("127.0.0.1:");
    }

    @Test
    void aRebootRestartsOneBrokerAndKeepsTheVersion() {
        KafkaFixture fixture = new KafkaFixture();
        String arn = fixture.create("rebooted", 3);
        String version = fixture.version(arn);

        String operation = fixture.kafka.rebootBroker(CALLER, new RebootBrokerRequest(List.of("2"), arn))
                .clusterOperationArn();

        assertThat(fixture.runtime.rebooted).containsExactly(List.of(2));
        assertThat(fixture.kafka.describeClusterOperationV2(CALLER, new DescribeClusterOperationV2Request(operation))
                .clusterOperationInfo().operationType()).isEqualTo("REBOOT_NODE");
        assertThat(fixture.version(arn)).isEqualTo(version);
        refused(() -> fixture.kafka.rebootBroker(CALLER, new RebootBrokerRequest(List.of("7"), arn)),
                KafkaError.BAD_REQUEST, "The cluster has no broker with the ID 7.");
        refused(() -> fixture.kafka.rebootBroker(CALLER, new RebootBrokerRequest(List.of("1", "2"), arn)),
                KafkaError.BAD_REQUEST, "You can reboot only one broker at a time.");
    }

    private static String state(KafkaFixture fixture, String operation) {
        return fixture.kafka.describeClusterOperation(CALLER, new DescribeClusterOperationRequest(operation))
                .clusterOperationInfo().operationState();
    }
}
