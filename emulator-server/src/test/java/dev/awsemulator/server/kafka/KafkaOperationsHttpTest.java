package dev.awsemulator.server.kafka;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.kafka.FakeBrokerRuntime;
import dev.awsemulator.core.kafka.KafkaService;
import dev.awsemulator.core.kafka.brokers.BrokerRuntime;
import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kafka.KafkaClient;
import software.amazon.awssdk.services.kafka.model.AmazonMskCluster;
import software.amazon.awssdk.services.kafka.model.BadRequestException;
import software.amazon.awssdk.services.kafka.model.BrokerEBSVolumeInfo;
import software.amazon.awssdk.services.kafka.model.ClientAuthentication;
import software.amazon.awssdk.services.kafka.model.ClusterOperationInfo;
import software.amazon.awssdk.services.kafka.model.ConfigurationInfo;
import software.amazon.awssdk.services.kafka.model.ConnectivityInfo;
import software.amazon.awssdk.services.kafka.model.ConsumerGroupReplication;
import software.amazon.awssdk.services.kafka.model.KafkaCluster;
import software.amazon.awssdk.services.kafka.model.KafkaClusterClientVpcConfig;
import software.amazon.awssdk.services.kafka.model.NotFoundException;
import software.amazon.awssdk.services.kafka.model.PublicAccess;
import software.amazon.awssdk.services.kafka.model.Rebalancing;
import software.amazon.awssdk.services.kafka.model.ReplicationInfo;
import software.amazon.awssdk.services.kafka.model.Sasl;
import software.amazon.awssdk.services.kafka.model.Scram;
import software.amazon.awssdk.services.kafka.model.TopicReplication;
import software.amazon.awssdk.services.kafka.model.Unauthenticated;

import java.util.List;
import java.util.Map;

import static dev.awsemulator.server.kafka.KafkaHttp.provisioned;
import static dev.awsemulator.server.kafka.KafkaHttp.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every other operation of the kafka model through the SDK over REST-JSON: cluster updates and their
 * operations, configurations and revisions, versions, SCRAM secrets, policies, tags, replicators, VPC
 * connections; each with its success and an AWS error.
 */
class KafkaOperationsHttpTest {

    @RegisterExtension
    static final EmulatorServerExtension SERVER = EmulatorServerExtension.withEmulator(emulator ->
            emulator.port(BrokerRuntime.class, new FakeBrokerRuntime()));

    private static KafkaClient kafka;

    @BeforeAll
    static void client() {
        kafka = KafkaHttp.client(SERVER);
    }

    @AfterAll
    static void closeClient() {
        kafka.close();
    }

    @Test
    void everyUpdateOpensAnOperationThatCompletesWithANewVersion() {
        String arn = kafka.createCluster(provisioned("updated", 3)).clusterArn();
        String configuration = kafka.createConfiguration(b -> b.name("tuned")
                .serverProperties(SdkBytes.fromUtf8String("num.partitions=3"))).arn();

        List<String> operations = List.of(
                kafka.updateBrokerCount(b -> b.clusterArn(arn).currentVersion(version(arn)).targetNumberOfBrokerNodes(6))
                        .clusterOperationArn(),
                kafka.updateBrokerType(b -> b.clusterArn(arn).currentVersion(version(arn))
                        .targetInstanceType("kafka.m5.xlarge")).clusterOperationArn(),
                kafka.updateBrokerStorage(b -> b.clusterArn(arn).currentVersion(version(arn))
                        .targetBrokerEBSVolumeInfo(BrokerEBSVolumeInfo.builder().kafkaBrokerNodeId("All")
                                .volumeSizeGB(2000).build())).clusterOperationArn(),
                kafka.updateStorage(b -> b.clusterArn(arn).currentVersion(version(arn)).volumeSizeGB(3000))
                        .clusterOperationArn(),
                kafka.updateClusterConfiguration(b -> b.clusterArn(arn).currentVersion(version(arn))
                        .configurationInfo(ConfigurationInfo.builder().arn(configuration).revision(1L).build()))
                        .clusterOperationArn(),
                kafka.updateClusterKafkaVersion(b -> b.clusterArn(arn).currentVersion(version(arn))
                        .targetKafkaVersion("3.7.x")).clusterOperationArn(),
                kafka.updateConnectivity(b -> b.clusterArn(arn).currentVersion(version(arn))
                        .connectivityInfo(ConnectivityInfo.builder().publicAccess(PublicAccess.builder()
                                .type("SERVICE_PROVIDED_EIPS").build()).build())).clusterOperationArn(),
                kafka.updateMonitoring(b -> b.clusterArn(arn).currentVersion(version(arn))
                        .enhancedMonitoring("PER_BROKER")).clusterOperationArn(),
                kafka.updateSecurity(b -> b.clusterArn(arn).currentVersion(version(arn))
                        .clientAuthentication(ClientAuthentication.builder().sasl(Sasl.builder()
                                .scram(Scram.builder().enabled(true).build()).build())
                                .unauthenticated(Unauthenticated.builder().enabled(true).build()).build()))
                        .clusterOperationArn(),
                kafka.updateRebalancing(b -> b.clusterArn(arn).currentVersion(version(arn))
                        .rebalancing(Rebalancing.builder().status("ACTIVE").build())).clusterOperationArn(),
                kafka.rebootBroker(b -> b.clusterArn(arn).brokerIds("2")).clusterOperationArn());

        var cluster = kafka.describeCluster(b -> b.clusterArn(arn)).clusterInfo();
        assertThat(cluster.numberOfBrokerNodes()).isEqualTo(6);
        assertThat(cluster.brokerNodeGroupInfo().instanceType()).isEqualTo("kafka.m5.xlarge");
        assertThat(cluster.brokerNodeGroupInfo().storageInfo().ebsStorageInfo().volumeSize()).isEqualTo(3000);
        assertThat(cluster.currentBrokerSoftwareInfo().kafkaVersion()).isEqualTo("3.7.x");
        assertThat(cluster.currentBrokerSoftwareInfo().configurationArn()).isEqualTo(configuration);
        assertThat(cluster.enhancedMonitoringAsString()).isEqualTo("PER_BROKER");
        assertThat(cluster.clientAuthentication().sasl().scram().enabled()).isTrue();
        assertThat(cluster.rebalancing().statusAsString()).isEqualTo("ACTIVE");
        assertThat(kafka.getBootstrapBrokers(b -> b.clusterArn(arn)).bootstrapBrokerStringPublicSaslScram()).isNotNull();
        assertThat(kafka.listClusterOperationsPaginator(b -> b.clusterArn(arn).maxResults(3)).clusterOperationInfoList())
                .extracting(ClusterOperationInfo::operationType).containsExactly("REBOOT_NODE", "UPDATE_REBALANCING",
                        "UPDATE_SECURITY", "UPDATE_MONITORING", "UPDATE_CONNECTIVITY", "UPDATE_CLUSTER_KAFKA_VERSION",
                        "UPDATE_CLUSTER_CONFIGURATION", "UPDATE_STORAGE", "INCREASE_BROKER_STORAGE",
                        "UPDATE_BROKER_TYPE", "UPDATE_BROKER_COUNT", "CREATE");
        assertThat(kafka.listClusterOperationsV2(b -> b.clusterArn(arn)).clusterOperationInfoList())
                .hasSize(12).allSatisfy(operation -> assertThat(operation.operationState())
                        .isEqualTo("UPDATE_COMPLETE"));
        assertThat(kafka.describeClusterOperationV2(b -> b.clusterOperationArn(operations.get(0))).clusterOperationInfo()
                .provisioned().targetClusterInfo().numberOfBrokerNodes()).isEqualTo(6);
        assertThat(kafka.getCompatibleKafkaVersions(b -> b.clusterArn(arn)).compatibleKafkaVersions().get(0)
                .targetVersions()).contains("3.8.x", "3.9.x");
        refused(() -> kafka.updateBrokerCount(b -> b.clusterArn(arn).currentVersion("KOLD").targetNumberOfBrokerNodes(9)),
                BadRequestException.class, 400, "The cluster's current version is " + version(arn) + ", not KOLD."
                        + " Describe the cluster to get its current version.", "currentVersion");
        refused(() -> kafka.describeClusterOperation(b -> b.clusterOperationArn(arn.replace(":cluster/",
                ":cluster-operation/") + "/nothing")), NotFoundException.class, 404, "The cluster operation "
                + arn.replace(":cluster/", ":cluster-operation/") + "/nothing does not exist.", "clusterOperationArn");
    }

    @Test
    void configurationsKeepTheirRevisionsAndRefuseBadProperties() {
        var created = kafka.createConfiguration(b -> b.name("retention").description("a week")
                .kafkaVersions("3.6.0").serverProperties(SdkBytes.fromUtf8String("log.retention.hours=168")));
        var updated = kafka.updateConfiguration(b -> b.arn(created.arn()).description("a day")
                .serverProperties(SdkBytes.fromUtf8String("log.retention.hours=24")));

        assertThat(updated.latestRevision().revision()).isEqualTo(2);
        assertThat(kafka.describeConfiguration(b -> b.arn(created.arn())).latestRevision().description())
                .isEqualTo("a day");
        assertThat(kafka.describeConfigurationRevision(b -> b.arn(created.arn()).revision(1L)).serverProperties()
                .asUtf8String()).isEqualTo("log.retention.hours=168");
        assertThat(kafka.listConfigurationRevisions(b -> b.arn(created.arn())).revisions()).hasSize(2);
        assertThat(kafka.listConfigurations(b -> { }).configurations()).extracting(c -> c.name()).contains("retention");
        assertThat(kafka.listKafkaVersions(b -> { }).kafkaVersions()).extracting(v -> v.version())
                .contains("3.6.0", "4.1.x.kraft");
        refused(() -> kafka.createConfiguration(b -> b.name("bad")
                        .serverProperties(SdkBytes.fromUtf8String("zookeeper.connect=somewhere:2181"))),
                BadRequestException.class, 400, "The server property zookeeper.connect is not supported. You can set"
                        + " only the properties that Amazon MSK lists for custom configurations.", "serverProperties");
        assertThat(kafka.deleteConfiguration(b -> b.arn(created.arn())).stateAsString()).isEqualTo("DELETING");
        refused(() -> kafka.describeConfiguration(b -> b.arn(created.arn())), NotFoundException.class, 404,
                "The configuration " + created.arn() + " does not exist.", "arn");
    }

    @Test
    void secretsPoliciesAndTagsBelongToTheirCluster() {
        String arn = kafka.createCluster(provisioned("secured", 1).andThen(request -> request
                .clientAuthentication(ClientAuthentication.builder().sasl(Sasl.builder()
                        .scram(Scram.builder().enabled(true).build()).build()).build()))).clusterArn();
        String secret = SERVER.server().emulator().service(KafkaService.class).registerScramSecret(
                new Caller(EmulatorServerExtension.ACCOUNT, EmulatorServerExtension.REGION, SERVER.endpoint()),
                "AmazonMSK_bob", "bob", "bob-secret");

        assertThat(kafka.batchAssociateScramSecret(b -> b.clusterArn(arn).secretArnList(secret, secret + "x"))
                .unprocessedScramSecrets()).singleElement().satisfies(unprocessed ->
                        assertThat(unprocessed.errorCode()).isEqualTo("SecretNotFound"));
        assertThat(kafka.listScramSecrets(b -> b.clusterArn(arn)).secretArnList()).containsExactly(secret);
        assertThat(kafka.batchDisassociateScramSecret(b -> b.clusterArn(arn).secretArnList(secret))
                .unprocessedScramSecrets()).isEmpty();

        String policyVersion = kafka.putClusterPolicy(b -> b.clusterArn(arn).policy("{\"Version\":\"2012-10-17\"}"))
                .currentVersion();
        assertThat(kafka.getClusterPolicy(b -> b.clusterArn(arn)).currentVersion()).isEqualTo(policyVersion);
        kafka.deleteClusterPolicy(b -> b.clusterArn(arn));
        refused(() -> kafka.getClusterPolicy(b -> b.clusterArn(arn)), NotFoundException.class, 404,
                "The cluster " + arn + " has no policy.", "clusterArn");

        assertThat(kafka.tagResource(b -> b.resourceArn(arn).tags(Map.of("env", "dev", "tier", "1")))
                .sdkHttpResponse().statusCode()).isEqualTo(204);
        kafka.untagResource(b -> b.resourceArn(arn).tagKeys("tier"));
        assertThat(kafka.listTagsForResource(b -> b.resourceArn(arn)).tags()).isEqualTo(Map.of("env", "dev"));
        refused(() -> kafka.tagResource(b -> b.resourceArn(arn + "x").tags(Map.of("a", "b"))), NotFoundException.class,
                404, "The resource " + arn + "x does not exist.", "resourceArn");
    }

    @Test
    void replicatorsAndVpcConnectionsKeepAwsStates() {
        String source = kafka.createCluster(provisioned("source", 1)).clusterArn();
        String target = kafka.createCluster(provisioned("target", 1)).clusterArn();
        KafkaClusterClientVpcConfig vpc = KafkaClusterClientVpcConfig.builder().subnetIds("subnet-1").build();

        String replicator = kafka.createReplicator(b -> b.replicatorName("mirror")
                .serviceExecutionRoleArn("arn:aws:iam::000000000000:role/mirror")
                .kafkaClusters(KafkaCluster.builder().amazonMskCluster(AmazonMskCluster.builder().mskClusterArn(source)
                                .build()).vpcConfig(vpc).build(),
                        KafkaCluster.builder().amazonMskCluster(AmazonMskCluster.builder().mskClusterArn(target)
                                .build()).vpcConfig(vpc).build())
                .replicationInfoList(ReplicationInfo.builder().sourceKafkaClusterArn(source)
                        .targetKafkaClusterArn(target).targetCompressionType("NONE")
                        .topicReplication(TopicReplication.builder().topicsToReplicate(".*").build())
                        .consumerGroupReplication(ConsumerGroupReplication.builder().consumerGroupsToReplicate(".*")
                                .build()).build())).replicatorArn();
        var described = kafka.describeReplicator(b -> b.replicatorArn(replicator));
        assertThat(described.replicatorStateAsString()).isEqualTo("RUNNING");
        kafka.updateReplicationInfo(b -> b.replicatorArn(replicator).currentVersion(described.currentVersion())
                .sourceKafkaClusterArn(source).targetKafkaClusterArn(target)
                .topicReplication(t -> t.topicsToReplicate("orders").topicsToExclude(List.of())));
        assertThat(kafka.listReplicators(b -> { }).replicators()).singleElement()
                .satisfies(summary -> assertThat(summary.replicatorName()).isEqualTo("mirror"));
        assertThat(kafka.deleteReplicator(b -> b.replicatorArn(replicator)).replicatorStateAsString())
                .isEqualTo("DELETING");

        String connection = kafka.createVpcConnection(b -> b.targetClusterArn(source).authentication("SASL_IAM")
                .vpcId("vpc-1").clientSubnets("subnet-9").securityGroups("sg-9")).vpcConnectionArn();
        assertThat(kafka.describeVpcConnection(b -> b.arn(connection)).stateAsString()).isEqualTo("AVAILABLE");
        assertThat(kafka.listVpcConnections(b -> { }).vpcConnections()).hasSize(1);
        kafka.rejectClientVpcConnection(b -> b.clusterArn(source).vpcConnectionArn(connection));
        assertThat(kafka.listClientVpcConnections(b -> b.clusterArn(source)).clientVpcConnections()).singleElement()
                .satisfies(client -> assertThat(client.stateAsString()).isEqualTo("REJECTED"));
        assertThat(kafka.deleteVpcConnection(b -> b.arn(connection)).stateAsString()).isEqualTo("DELETING");
        refused(() -> kafka.describeVpcConnection(b -> b.arn(connection)), NotFoundException.class, 404,
                "The VPC connection " + connection + " does not exist.", "arn");
        refused(() -> kafka.describeReplicator(b -> b.replicatorArn(replicator)), NotFoundException.class, 404,
                "The replicator " + replicator + " does not exist.", "replicatorArn");
    }

    private static String version(String arn) {
        return kafka.describeCluster(b -> b.clusterArn(arn)).clusterInfo().currentVersion();
    }
}
