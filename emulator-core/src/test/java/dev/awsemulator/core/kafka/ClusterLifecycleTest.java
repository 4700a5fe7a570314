package dev.awsemulator.core.kafka;

import dev.awsemulator.core.kafka.api.ClusterInfo;
import dev.awsemulator.core.kafka.api.CreateClusterRequest;
import dev.awsemulator.core.kafka.api.CreateClusterV2Request;
import dev.awsemulator.core.kafka.api.DeleteClusterRequest;
import dev.awsemulator.core.kafka.api.DescribeClusterRequest;
import dev.awsemulator.core.kafka.api.GetBootstrapBrokersRequest;
import dev.awsemulator.core.kafka.api.GetBootstrapBrokersResult;
import dev.awsemulator.core.kafka.api.ListClusterOperationsRequest;
import dev.awsemulator.core.kafka.api.ListClustersRequest;
import dev.awsemulator.core.kafka.api.ListClustersV2Request;
import dev.awsemulator.core.kafka.api.ListNodesRequest;
import dev.awsemulator.core.kafka.api.ServerlessRequest;
import dev.awsemulator.core.kafka.api.VpcConfig;
import dev.awsemulator.core.kafka.brokers.Listener;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static dev.awsemulator.core.kafka.KafkaFixture.CALLER;
import static dev.awsemulator.core.kafka.KafkaFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;

/** Clusters from CREATING to ACTIVE or FAILED, and from DELETING to gone, on the brokers' pace and the clock's. */
class ClusterLifecycleTest {

    @Test
    void aClusterIsCreatingUntilItsBrokersServeThenActiveWithTheirAddresses() {
        KafkaFixture fixture = new KafkaFixture(Duration.ZERO, new FakeBrokerRuntime().holdStarts());

        String arn = fixture.create("orders", 3);

        assertThat(arn).matches("arn:aws:kafka:eu-west-1:123456789012:cluster/orders/[0-9a-f-]{36}-2");
        assertThat(fixture.state(arn)).isEqualTo("CREATING");
        refused(() -> fixture.kafka.getBootstrapBrokers(CALLER, new GetBootstrapBrokersRequest(arn)),
                KafkaError.BAD_REQUEST, "You can't get bootstrap broker nodes for a cluster in CREATING state.");

        fixture.runtime.finishStarts();

        assertThat(fixture.state(arn)).isEqualTo("ACTIVE");
        assertThat(fixture.runtime.started).singleElement().satisfies(spec -> {
            assertThat(spec.brokerCount()).isEqualTo(3);
            assertThat(spec.listeners()).containsExactly(Listener.TLS);
            assertThat(spec.serverProperties()).containsEntry("auto.create.topics.enable", "false")
                    .containsEntry("default.replication.factor", "3").containsEntry("min.insync.replicas", "2");
        });
        GetBootstrapBrokersResult brokers = fixture.kafka.getBootstrapBrokers(CALLER, new GetBootstrapBrokersRequest(arn));
        assertThat(brokers.bootstrapBrokerStringTls()).matches("127\\.0\\.0\\.1:\\d+,127\\.0\\.0\\.1:\\d+,127\\.0\\.0\\.1:\\d+");
        assertThat(brokers.bootstrapBrokerString()).isNull();
        assertThat(fixture.kafka.listNodes(CALLER, new ListNodesRequest(arn, null, null)).nodeInfoList())
                .extracting(node -> node.brokerNodeInfo().brokerId(), node -> node.brokerNodeInfo().clientSubnet())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1.0, "subnet-a"),
                        org.assertj.core.groups.Tuple.tuple(2.0, "subnet-b"),
                        org.assertj.core.groups.Tuple.tuple(3.0, "subnet-c"));
        assertThat(fixture.kafka.listClusterOperations(CALLER, new ListClusterOperationsRequest(arn, null, null))
                .clusterOperationInfoList()).singleElement().satisfies(operation -> {
                    assertThat(operation.operationType()).isEqualTo("CREATE");
                    assertThat(operation.operationState()).isEqualTo("UPDATE_COMPLETE");
                });
    }

    @Test
    void theTransitionDelayHoldsCreatingEvenWhenTheBrokersAreReady() {
        KafkaFixture fixture = new KafkaFixture(Duration.ofSeconds(10), new FakeBrokerRuntime().holdStarts());
        String arn = fixture.create("slow", 1);

        fixture.clock.advance(Duration.ofSeconds(10));
        assertThat(fixture.state(arn)).isEqualTo("CREATING");

        fixture.runtime.finishStarts();
        assertThat(fixture.state(arn)).isEqualTo("ACTIVE");

        String other = fixture.create("other", 1);
        fixture.runtime.finishStarts();
        assertThat(fixture.state(other)).isEqualTo("CREATING");
        fixture.clock.advance(Duration.ofSeconds(10));
        assertThat(fixture.state(other)).isEqualTo("ACTIVE");
    }

    @Test
    void brokersThatCannotStartLeaveTheClusterFailedWithTheReason() {
        KafkaFixture fixture = new KafkaFixture(Duration.ZERO,
                new FakeBrokerRuntime().failStarts(new IllegalStateException("port 9092 is taken")));

        String arn = fixture.create("broken", 1);

        ClusterInfo cluster = fixture.kafka.describeCluster(CALLER, new DescribeClusterRequest(arn)).clusterInfo();
        assertThat(cluster.state()).isEqualTo("FAILED");
        assertThat(cluster.stateInfo().message()).isEqualTo("port 9092 is taken");
        refused(() -> fixture.kafka.getBootstrapBrokers(CALLER, new GetBootstrapBrokersRequest(arn)),
                KafkaError.BAD_REQUEST, "You can't get bootstrap broker nodes for a cluster in FAILED state.");
    }

    @Test
    void aClusterCreatedAgainAfterAResetUnderTheSameNameTakesItsFormerPorts() {
        KafkaFixture fixture = new KafkaFixture();
        String before = fixture.kafka.createCluster(CALLER, KafkaFixture.provisioned("orders", 2)).clusterArn();
        String bootstrap = fixture.kafka.getBootstrapBrokers(CALLER, new GetBootstrapBrokersRequest(before))
                .bootstrapBrokerString();

        fixture.kafka.reset();
        fixture.kafka.createCluster(CALLER, KafkaFixture.provisioned("other", 1));
        String after = fixture.kafka.createCluster(CALLER, KafkaFixture.provisioned("orders", 2)).clusterArn();

        assertThat(after).isNotEqualTo(before);
        assertThat(fixture.runtime.started).extracting(spec -> spec.ports().isEmpty())
                .containsExactly(true, true, false);
        assertThat(fixture.kafka.getBootstrapBrokers(CALLER, new GetBootstrapBrokersRequest(after))
                .bootstrapBrokerString()).isEqualTo(bootstrap);
    }

    @Test
    void withoutABrokerRuntimeOnTheClasspathAClusterFailsSayingWhatToAdd() {
        try (var emulator = dev.awsemulator.core.Emulator.builder().clock(new dev.awsemulator.core.time.ManualClock())
                .build()) {
            KafkaService kafka = emulator.service(KafkaService.class);

            String arn = kafka.createCluster(CALLER, KafkaFixture.provisioned("alone", 1)).clusterArn();

            ClusterInfo cluster = kafka.describeCluster(CALLER, new DescribeClusterRequest(arn)).clusterInfo();
            assertThat(cluster.state()).isEqualTo("FAILED");
            assertThat(cluster.stateInfo().message()).isEqualTo(BrokerRuntimes.MISSING_MESSAGE);
            assertThat(kafka.status()).isEqualTo("running; brokers: none (emulator-kafka is not on the classpath)");
        }
    }

    @Test
    void anEmulatorThatOnlyChecksRequestsStartsNoBroker() {
        FakeBrokerRuntime runtime = new FakeBrokerRuntime();
        try (var emulator = dev.awsemulator.core.Emulator.builder().clock(new dev.awsemulator.core.time.ManualClock())
                .port(dev.awsemulator.core.kafka.brokers.BrokerRuntime.class, runtime).checkOnly().build()) {
            KafkaService kafka = emulator.service(KafkaService.class);

            String arn = kafka.createCluster(CALLER, KafkaFixture.provisioned("checked", 1)).clusterArn();

            assertThat(kafka.describeCluster(CALLER, new DescribeClusterRequest(arn)).clusterInfo().state())
                    .isEqualTo("CREATING");
            assertThat(runtime.started).isEmpty();
        }
    }

    @Test
    void deletingStopsTheBrokersAndDeletesTheirFilesThenTheClusterIsGone() {
        KafkaFixture fixture = new KafkaFixture(Duration.ofSeconds(5), new FakeBrokerRuntime());
        String arn = fixture.create("doomed", 1);
        fixture.clock.advance(Duration.ofSeconds(5));

        assertThat(fixture.kafka.deleteCluster(CALLER, new DeleteClusterRequest(arn, null)).state())
                .isEqualTo("DELETING");
        assertThat(fixture.state(arn)).isEqualTo("DELETING");
        assertThat(fixture.runtime.stopped).containsEntry(arn, true);

        fixture.clock.advance(Duration.ofSeconds(5));
        refused(() -> fixture.state(arn), KafkaError.NOT_FOUND, "The cluster " + arn + " does not exist.");
    }

    @Test
    void refusedCreationsChangeNothing() {
        KafkaFixture fixture = new KafkaFixture();
        fixture.create("taken", 1);
        CreateClusterRequest good = KafkaFixture.provisioned("fresh", 3);

        refused(() -> fixture.create("taken", 1), KafkaError.CONFLICT,
                "A cluster with the name taken already exists in this account and Region.");
        refused(() -> fixture.kafka.createCluster(CALLER, new CreateClusterRequest(good.brokerNodeGroupInfo(), null,
                        null, "fresh", null, null, null, null, "3.6.0", null, 4, null, null)), KafkaError.BAD_REQUEST,
                "The number of broker nodes must be a multiple of Availability Zones in the Client Subnets parameter.");
        refused(() -> fixture.kafka.createCluster(CALLER, new CreateClusterRequest(good.brokerNodeGroupInfo(), null,
                        null, "fresh", null, null, null, null, "9.9", null, 3, null, null)), KafkaError.BAD_REQUEST,
                "The Apache Kafka version 9.9 is not supported. Use ListKafkaVersions to see the versions you can use.");
        refused(() -> fixture.kafka.createCluster(CALLER, new CreateClusterRequest(null, null, null, "fresh", null,
                        null, null, null, "3.6.0", null, 3, null, null)), KafkaError.BAD_REQUEST,
                "The request is missing required parameter brokerNodeGroupInfo.");
        refused(() -> fixture.create("no spaces", 1), KafkaError.BAD_REQUEST, "The clusterName no spaces is not valid."
                + " It must be 1 to 64 characters, start with a letter or digit, and contain only letters, digits and"
                + " hyphens.");

        assertThat(fixture.kafka.listClusters(CALLER, new ListClustersRequest(null, null, null)).clusterInfoList())
                .extracting(ClusterInfo::clusterName).containsExactly("taken");
        assertThat(fixture.runtime.started).hasSize(1);
    }

    @Test
    void aServerlessClusterIsServedOverIamAndListedOnlyByTheV2Api() {
        KafkaFixture fixture = new KafkaFixture();

        String arn = fixture.kafka.createClusterV2(CALLER, new CreateClusterV2Request("events", null, null,
                new ServerlessRequest(List.of(new VpcConfig(List.of("subnet-a"), null)), null))).clusterArn();

        assertThat(arn).endsWith("-s1");
        assertThat(fixture.state(arn)).isEqualTo("ACTIVE");
        assertThat(fixture.runtime.started).singleElement()
                .satisfies(spec -> assertThat(spec.listeners()).isEqualTo(Set.of(Listener.SASL_IAM)));
        assertThat(fixture.kafka.getBootstrapBrokers(CALLER, new GetBootstrapBrokersRequest(arn))
                .bootstrapBrokerStringSaslIam()).startsWith("127.0.0.1:");
        assertThat(fixture.kafka.listClustersV2(CALLER, new ListClustersV2Request(null, "SERVERLESS", null, null))
                .clusterInfoList()).singleElement().satisfies(cluster -> assertThat(cluster.serverless()
                        .clientAuthentication().sasl().iam().enabled()).isTrue());
        assertThat(fixture.kafka.listClusters(CALLER, new ListClustersRequest(null, null, null)).clusterInfoList())
                .isEmpty();
        refused(() -> fixture.kafka.describeCluster(CALLER, new DescribeClusterRequest(arn)), KafkaError.BAD_REQUEST,
                "This operation is not supported for serverless clusters.");
    }

    @Test
    void clustersArePagedByNameAndFilteredByPrefix() {
        KafkaFixture fixture = new KafkaFixture();
        List.of("b-two", "a-one", "b-three", "c").forEach(name -> fixture.create(name, 1));

        var first = fixture.kafka.listClusters(CALLER, new ListClustersRequest("b-", 1, null));
        var second = fixture.kafka.listClusters(CALLER, new ListClustersRequest("b-", 1, first.nextToken()));

        assertThat(first.clusterInfoList()).extracting(ClusterInfo::clusterName).containsExactly("b-three");
        assertThat(second.clusterInfoList()).extracting(ClusterInfo::clusterName).containsExactly("b-two");
        assertThat(second.nextToken()).isNull();
        refused(() -> fixture.kafka.listClusters(CALLER, new ListClustersRequest(null, 101, null)),
                KafkaError.BAD_REQUEST, "The value 101 is not valid for maxResults. It must be between 1 and 100.");
    }
}
