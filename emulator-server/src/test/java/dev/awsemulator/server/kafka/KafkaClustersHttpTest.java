package dev.awsemulator.server.kafka;

import dev.awsemulator.core.kafka.FakeBrokerRuntime;
import dev.awsemulator.core.kafka.brokers.BrokerRuntime;
import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.kafka.KafkaClient;
import software.amazon.awssdk.services.kafka.model.BadRequestException;
import software.amazon.awssdk.services.kafka.model.BrokerNodeGroupInfo;
import software.amazon.awssdk.services.kafka.model.ClientAuthentication;
import software.amazon.awssdk.services.kafka.model.Cluster;
import software.amazon.awssdk.services.kafka.model.ClusterInfo;
import software.amazon.awssdk.services.kafka.model.ClusterType;
import software.amazon.awssdk.services.kafka.model.ConflictException;
import software.amazon.awssdk.services.kafka.model.EncryptionInTransit;
import software.amazon.awssdk.services.kafka.model.EncryptionInfo;
import software.amazon.awssdk.services.kafka.model.GetBootstrapBrokersResponse;
import software.amazon.awssdk.services.kafka.model.NodeInfo;
import software.amazon.awssdk.services.kafka.model.NotFoundException;
import software.amazon.awssdk.services.kafka.model.Sasl;
import software.amazon.awssdk.services.kafka.model.Scram;
import software.amazon.awssdk.services.kafka.model.Unauthenticated;
import software.amazon.awssdk.services.kafka.model.VpcConfig;

import java.util.Map;

import static dev.awsemulator.server.kafka.KafkaHttp.provisioned;
import static dev.awsemulator.server.kafka.KafkaHttp.refused;
import static org.assertj.core.api.Assertions.assertThat;

/** Clusters over REST-JSON with the SDK: created, described (V1 and V2), listed, reached, deleted; AWS's errors. */
class KafkaClustersHttpTest {

    private static final FakeBrokerRuntime BROKERS = new FakeBrokerRuntime();

    @RegisterExtension
    static final EmulatorServerExtension SERVER = EmulatorServerExtension.withEmulator(emulator ->
            emulator.port(BrokerRuntime.class, BROKERS));

    private static KafkaClient kafka;

    private static KafkaClient kafka() {
        if (kafka == null) {
            kafka = KafkaHttp.client(SERVER);
        }
        return kafka;
    }

    @AfterAll
    static void closeClient() {
        kafka().close();
        kafka = null;
    }

    @Test
    void aProvisionedClusterIsDescribedByBothApisAndReachedThroughItsBootstrapBrokers() {
        String arn = kafka().createCluster(provisioned("orders", 3).andThen(request -> request
                .encryptionInfo(EncryptionInfo.builder().encryptionInTransit(EncryptionInTransit.builder()
                        .clientBroker("TLS_PLAINTEXT").build()).build())
                .tags(Map.of("team", "checkout")))).clusterArn();

        ClusterInfo v1 = kafka().describeCluster(b -> b.clusterArn(arn)).clusterInfo();
        Cluster v2 = kafka().describeClusterV2(b -> b.clusterArn(arn)).clusterInfo();
        GetBootstrapBrokersResponse brokers = kafka().getBootstrapBrokers(b -> b.clusterArn(arn));

        assertThat(arn).matches("arn:aws:kafka:us-east-1:000000000000:cluster/orders/[0-9a-f-]{36}-2");
        assertThat(v1.stateAsString()).isEqualTo("ACTIVE");
        assertThat(v1.currentBrokerSoftwareInfo().kafkaVersion()).isEqualTo("3.6.0");
        assertThat(v1.numberOfBrokerNodes()).isEqualTo(3);
        assertThat(v1.clientAuthentication().unauthenticated().enabled()).isTrue();
        assertThat(v1.encryptionInfo().encryptionAtRest().dataVolumeKMSKeyId()).startsWith("arn:aws:kms:us-east-1:");
        assertThat(v1.brokerNodeGroupInfo().storageInfo().ebsStorageInfo().volumeSize()).isEqualTo(1000);
        assertThat(v1.creationTime()).isNotNull();
        assertThat(v1.tags()).isEqualTo(Map.of("team", "checkout"));
        assertThat(v1.currentVersion()).matches("K[A-Z0-9]{13}");
        assertThat(v2.clusterType()).isEqualTo(ClusterType.PROVISIONED);
        assertThat(v2.provisioned().numberOfBrokerNodes()).isEqualTo(3);
        assertThat(brokers.bootstrapBrokerString().split(",")).hasSize(3).allMatch(broker -> broker.startsWith("127.0.0.1:"));
        assertThat(brokers.bootstrapBrokerStringTls().split(",")).hasSize(3);
        assertThat(brokers.bootstrapBrokerStringSaslScram()).isNull();
        assertThat(kafka().listNodes(b -> b.clusterArn(arn)).nodeInfoList()).extracting(NodeInfo::nodeARN)
                .containsExactly(arn.replace(":cluster/", ":broker/") + "/1", arn.replace(":cluster/", ":broker/") + "/2",
                        arn.replace(":cluster/", ":broker/") + "/3");
        assertThat(kafka().listNodes(b -> b.clusterArn(arn)).nodeInfoList().get(0).brokerNodeInfo().brokerId())
                .isEqualTo(1.0);
    }

    @Test
    void aScramClusterHasItsOwnBootstrapString() {
        String arn = kafka().createCluster(provisioned("scram", 1).andThen(request -> request
                .clientAuthentication(ClientAuthentication.builder().sasl(Sasl.builder()
                        .scram(Scram.builder().enabled(true).build()).build())
                        .unauthenticated(Unauthenticated.builder().enabled(false).build()).build()))).clusterArn();

        GetBootstrapBrokersResponse brokers = kafka().getBootstrapBrokers(b -> b.clusterArn(arn));

        assertThat(brokers.bootstrapBrokerStringSaslScram()).startsWith("127.0.0.1:");
        assertThat(brokers.bootstrapBrokerStringTls()).isNull();
        assertThat(brokers.bootstrapBrokerString()).isNull();
    }

    @Test
    void aServerlessClusterIsAV2ClusterReachedOverIam() {
        String arn = kafka().createClusterV2(b -> b.clusterName("events").serverless(serverless -> serverless
                .vpcConfigs(VpcConfig.builder().subnetIds("subnet-1").build()))).clusterArn();

        assertThat(kafka().describeClusterV2(b -> b.clusterArn(arn)).clusterInfo().serverless().clientAuthentication()
                .sasl().iam().enabled()).isTrue();
        assertThat(kafka().getBootstrapBrokers(b -> b.clusterArn(arn)).bootstrapBrokerStringSaslIam())
                .startsWith("127.0.0.1:");
        assertThat(kafka().listClustersV2(b -> b.clusterTypeFilter("SERVERLESS")).clusterInfoList())
                .extracting(Cluster::clusterName).containsExactly("events");
        assertThat(kafka().listClusters(b -> { }).clusterInfoList()).isEmpty();
        refused(() -> kafka().describeCluster(b -> b.clusterArn(arn)), BadRequestException.class, 400,
                "This operation is not supported for serverless clusters.", "clusterArn");
    }

    @Test
    void clustersAreListedPageByPageWithTheirNamePrefix() {
        for (String name : new String[] {"page-a", "page-b", "page-c", "other"}) {
            kafka().createCluster(provisioned(name, 1));
        }

        assertThat(kafka().listClustersPaginator(b -> b.clusterNameFilter("page-").maxResults(2)).clusterInfoList())
                .extracting(ClusterInfo::clusterName).containsExactly("page-a", "page-b", "page-c");
        assertThat(kafka().listClustersV2Paginator(b -> b.maxResults(1)).clusterInfoList()).hasSize(4);
    }

    @Test
    void deletingAClusterEndsItAndItsBrokers() {
        String arn = kafka().createCluster(provisioned("doomed", 1)).clusterArn();
        String version = kafka().describeCluster(b -> b.clusterArn(arn)).clusterInfo().currentVersion();

        refused(() -> kafka().deleteCluster(b -> b.clusterArn(arn).currentVersion("KOLD")), BadRequestException.class,
                400, "The cluster's current version is " + version + ", not KOLD. Describe the cluster to get its"
                        + " current version.", "currentVersion");
        assertThat(kafka().deleteCluster(b -> b.clusterArn(arn).currentVersion(version)).stateAsString())
                .isEqualTo("DELETING");

        assertThat(BROKERS.stopped).containsEntry(arn, true);
        refused(() -> kafka().describeClusterV2(b -> b.clusterArn(arn)), NotFoundException.class, 404,
                "The cluster " + arn + " does not exist.", "clusterArn");
    }

    @Test
    void badRequestsAreRefusedWithAwsErrorsAndCreateNothing() {
        kafka().createCluster(provisioned("taken", 1));

        refused(() -> kafka().createCluster(provisioned("taken", 1)), ConflictException.class, 409,
                "A cluster with the name taken already exists in this account and Region.", "clusterName");
        refused(() -> kafka().createCluster(provisioned("odd", 3).andThen(request -> request.numberOfBrokerNodes(4))),
                BadRequestException.class, 400, "The number of broker nodes must be a multiple of Availability Zones"
                        + " in the Client Subnets parameter.", "numberOfBrokerNodes");
        refused(() -> kafka().createCluster(b -> b.clusterName("bare").kafkaVersion("3.6.0").numberOfBrokerNodes(1)),
                BadRequestException.class, 400, "The request is missing required parameter brokerNodeGroupInfo.",
                "brokerNodeGroupInfo");
        refused(() -> kafka().createCluster(provisioned("scram-plain", 1).andThen(request -> request
                        .clientAuthentication(ClientAuthentication.builder().sasl(Sasl.builder()
                                .scram(Scram.builder().enabled(true).build()).build()).build())
                        .encryptionInfo(EncryptionInfo.builder().encryptionInTransit(EncryptionInTransit.builder()
                                .clientBroker("PLAINTEXT").build()).build()))),
                BadRequestException.class, 400, "SASL and TLS client authentication need TLS encryption between"
                        + " clients and brokers. Set encryptionInTransit.clientBroker to TLS or TLS_PLAINTEXT.",
                "clientAuthentication");
        refused(() -> kafka().createCluster(b -> b.clusterName("groupless").kafkaVersion("3.6.0").numberOfBrokerNodes(1)
                        .brokerNodeGroupInfo(BrokerNodeGroupInfo.builder().clientSubnets("subnet-1").build())),
                BadRequestException.class, 400,
                "The request is missing required parameter brokerNodeGroupInfo.instanceType.",
                "brokerNodeGroupInfo.instanceType");
        refused(() -> kafka().getBootstrapBrokers(b -> b.clusterArn("arn:aws:kafka:us-east-1:000000000000:cluster/x/y")),
                NotFoundException.class, 404, "The cluster arn:aws:kafka:us-east-1:000000000000:cluster/x/y does not"
                        + " exist.", "clusterArn");

        assertThat(kafka().listClustersV2(b -> { }).clusterInfoList()).extracting(Cluster::clusterName)
                .containsExactly("taken");
    }
}
