package dev.awsemulator.server.kafka;

import dev.awsemulator.core.kafka.KafkaService;
import dev.awsemulator.core.kafka.api.*;
import dev.awsemulator.server.api.HttpBinding;
import dev.awsemulator.server.api.Operation;
import dev.awsemulator.server.api.ServiceDefinition;
import dev.awsemulator.server.api.TimestampFormat;
import dev.awsemulator.server.api.WireNames;

import java.util.List;

/**
 * Amazon MSK's operation table (the {@code kafka} 2018-11-14 model): REST-JSON, every member's wire name
 * its component's in lower camel case, timestamps in ISO 8601, each operation at its model's method and URI
 * with its query parameters. The topic operations answer once the brokers did.
 */
public final class KafkaApi {

    /** A constant, so that every emulator of a JVM shares the codecs made of it ({@link WireNames#derived}). */
    private static final WireNames WIRE_NAMES = WireNames.lowerCamel().timestamps(TimestampFormat.ISO_8601);

    private KafkaApi() {
    }

    public static ServiceDefinition definition(KafkaService kafka) {
        return ServiceDefinition.builder("kafka")
                .wireNames(WIRE_NAMES)
                .operations(() -> List.of(
                Operation.of("BatchAssociateScramSecret", BatchAssociateScramSecretRequest.class,
                        kafka::batchAssociateScramSecret)
                        .at(HttpBinding.post("/v1/clusters/{clusterArn}/scram-secrets")),
                Operation.of("BatchDisassociateScramSecret", BatchDisassociateScramSecretRequest.class,
                        kafka::batchDisassociateScramSecret)
                        .at(HttpBinding.patch("/v1/clusters/{clusterArn}/scram-secrets")),
                Operation.of("CreateCluster", CreateClusterRequest.class, kafka::createCluster)
                        .at(HttpBinding.post("/v1/clusters")),
                Operation.of("CreateClusterV2", CreateClusterV2Request.class, kafka::createClusterV2)
                        .at(HttpBinding.post("/api/v2/clusters")),
                Operation.of("CreateConfiguration", CreateConfigurationRequest.class, kafka::createConfiguration)
                        .at(HttpBinding.post("/v1/configurations")),
                Operation.of("CreateReplicator", CreateReplicatorRequest.class, kafka::createReplicator)
                        .at(HttpBinding.post("/replication/v1/replicators")),
                Operation.async("CreateTopic", CreateTopicRequest.class, kafka::createTopic)
                        .at(HttpBinding.post("/v1/clusters/{clusterArn}/topics")),
                Operation.of("CreateVpcConnection", CreateVpcConnectionRequest.class, kafka::createVpcConnection)
                        .at(HttpBinding.post("/v1/vpc-connection")),
                Operation.of("DeleteCluster", DeleteClusterRequest.class, kafka::deleteCluster)
                        .at(HttpBinding.delete("/v1/clusters/{clusterArn}")
                                .query("currentVersion", "currentVersion")),
                Operation.of("DeleteClusterPolicy", DeleteClusterPolicyRequest.class, kafka::deleteClusterPolicy)
                        .at(HttpBinding.delete("/v1/clusters/{clusterArn}/policy")),
                Operation.of("DeleteConfiguration", DeleteConfigurationRequest.class, kafka::deleteConfiguration)
                        .at(HttpBinding.delete("/v1/configurations/{arn}")),
                Operation.of("DeleteReplicator", DeleteReplicatorRequest.class, kafka::deleteReplicator)
                        .at(HttpBinding.delete("/replication/v1/replicators/{replicatorArn}")
                                .query("currentVersion", "currentVersion")),
                Operation.async("DeleteTopic", DeleteTopicRequest.class, kafka::deleteTopic)
                        .at(HttpBinding.delete("/v1/clusters/{clusterArn}/topics/{topicName}")),
                Operation.of("DeleteVpcConnection", DeleteVpcConnectionRequest.class, kafka::deleteVpcConnection)
                        .at(HttpBinding.delete("/v1/vpc-connection/{arn}")),
                Operation.of("DescribeCluster", DescribeClusterRequest.class, kafka::describeCluster)
                        .at(HttpBinding.get("/v1/clusters/{clusterArn}")),
                Operation.of("DescribeClusterOperation", DescribeClusterOperationRequest.class,
                        kafka::describeClusterOperation)
                        .at(HttpBinding.get("/v1/operations/{clusterOperationArn}")),
                Operation.of("DescribeClusterOperationV2", DescribeClusterOperationV2Request.class,
                        kafka::describeClusterOperationV2)
                        .at(HttpBinding.get("/api/v2/operations/{clusterOperationArn}")),
                Operation.of("DescribeClusterV2", DescribeClusterV2Request.class, kafka::describeClusterV2)
                        .at(HttpBinding.get("/api/v2/clusters/{clusterArn}")),
                Operation.of("DescribeConfiguration", DescribeConfigurationRequest.class,
                        kafka::describeConfiguration)
                        .at(HttpBinding.get("/v1/configurations/{arn}")),
                Operation.of("DescribeConfigurationRevision", DescribeConfigurationRevisionRequest.class,
                        kafka::describeConfigurationRevision)
                        .at(HttpBinding.get("/v1/configurations/{arn}/revisions/{revision}")),
                Operation.of("DescribeReplicator", DescribeReplicatorRequest.class, kafka::describeReplicator)
                        .at(HttpBinding.get("/replication/v1/replicators/{replicatorArn}")),
                Operation.async("DescribeTopic", DescribeTopicRequest.class, kafka::describeTopic)
                        .at(HttpBinding.get("/v1/clusters/{clusterArn}/topics/{topicName}")),
                Operation.async("DescribeTopicPartitions", DescribeTopicPartitionsRequest.class,
                        kafka::describeTopicPartitions)
                        .at(HttpBinding.get("/v1/clusters/{clusterArn}/topics/{topicName}/partitions")
                                .query("maxResults", "maxResults").query("nextToken", "nextToken")),
                Operation.of("DescribeVpcConnection", DescribeVpcConnectionRequest.class,
                        kafka::describeVpcConnection)
                        .at(HttpBinding.get("/v1/vpc-connection/{arn}")),
                Operation.of("GetBootstrapBrokers", GetBootstrapBrokersRequest.class, kafka::getBootstrapBrokers)
                        .at(HttpBinding.get("/v1/clusters/{clusterArn}/bootstrap-brokers")),
                Operation.of("GetClusterPolicy", GetClusterPolicyRequest.class, kafka::getClusterPolicy)
                        .at(HttpBinding.get("/v1/clusters/{clusterArn}/policy")),
                Operation.of("GetCompatibleKafkaVersions", GetCompatibleKafkaVersionsRequest.class,
                        kafka::getCompatibleKafkaVersions)
                        .at(HttpBinding.get("/v1/compatible-kafka-versions").query("clusterArn", "clusterArn")),
                Operation.of("ListClientVpcConnections", ListClientVpcConnectionsRequest.class,
                        kafka::listClientVpcConnections)
                        .at(HttpBinding.get("/v1/clusters/{clusterArn}/client-vpc-connections")
                                .query("maxResults", "maxResults").query("nextToken", "nextToken")),
                Operation.of("ListClusterOperations", ListClusterOperationsRequest.class,
                        kafka::listClusterOperations)
                        .at(HttpBinding.get("/v1/clusters/{clusterArn}/operations")
                                .query("maxResults", "maxResults").query("nextToken", "nextToken")),
                Operation.of("ListClusterOperationsV2", ListClusterOperationsV2Request.class,
                        kafka::listClusterOperationsV2)
                        .at(HttpBinding.get("/api/v2/clusters/{clusterArn}/operations")
                                .query("maxResults", "maxResults").query("nextToken", "nextToken")),
                Operation.of("ListClusters", ListClustersRequest.class, kafka::listClusters)
                        .at(HttpBinding.get("/v1/clusters").query("clusterNameFilter", "clusterNameFilter")
                                .query("maxResults", "maxResults").query("nextToken", "nextToken")),
                Operation.of("ListClustersV2", ListClustersV2Request.class, kafka::listClustersV2)
                        .at(HttpBinding.get("/api/v2/clusters").query("clusterNameFilter", "clusterNameFilter")
                                .query("clusterTypeFilter", "clusterTypeFilter").query("maxResults", "maxResults")
                                .query("nextToken", "nextToken")),
                Operation.of("ListConfigurationRevisions", ListConfigurationRevisionsRequest.class,
                        kafka::listConfigurationRevisions)
                        .at(HttpBinding.get("/v1/configurations/{arn}/revisions").query("maxResults", "maxResults")
                                .query("nextToken", "nextToken")),
                Operation.of("ListConfigurations", ListConfigurationsRequest.class, kafka::listConfigurations)
                        .at(HttpBinding.get("/v1/configurations").query("maxResults", "maxResults")
                                .query("nextToken", "nextToken")),
                Operation.of("ListKafkaVersions", ListKafkaVersionsRequest.class, kafka::listKafkaVersions)
                        .at(HttpBinding.get("/v1/kafka-versions").query("maxResults", "maxResults")
                                .query("nextToken", "nextToken")),
                Operation.of("ListNodes", ListNodesRequest.class, kafka::listNodes)
                        .at(HttpBinding.get("/v1/clusters/{clusterArn}/nodes").query("maxResults", "maxResults")
                                .query("nextToken", "nextToken")),
                Operation.of("ListReplicators", ListReplicatorsRequest.class, kafka::listReplicators)
                        .at(HttpBinding.get("/replication/v1/replicators").query("maxResults", "maxResults")
                                .query("nextToken", "nextToken")
                                .query("replicatorNameFilter", "replicatorNameFilter")),
                Operation.of("ListScramSecrets", ListScramSecretsRequest.class, kafka::listScramSecrets)
                        .at(HttpBinding.get("/v1/clusters/{clusterArn}/scram-secrets")
                                .query("maxResults", "maxResults").query("nextToken", "nextToken")),
                Operation.of("ListTagsForResource", ListTagsForResourceRequest.class, kafka::listTagsForResource)
                        .at(HttpBinding.get("/v1/tags/{resourceArn}")),
                Operation.async("ListTopics", ListTopicsRequest.class, kafka::listTopics)
                        .at(HttpBinding.get("/v1/clusters/{clusterArn}/topics").query("maxResults", "maxResults")
                                .query("nextToken", "nextToken").query("topicNameFilter", "topicNameFilter")),
                Operation.of("ListVpcConnections", ListVpcConnectionsRequest.class, kafka::listVpcConnections)
                        .at(HttpBinding.get("/v1/vpc-connections").query("maxResults", "maxResults")
                                .query("nextToken", "nextToken")),
                Operation.of("PutClusterPolicy", PutClusterPolicyRequest.class, kafka::putClusterPolicy)
                        .at(HttpBinding.put("/v1/clusters/{clusterArn}/policy")),
                Operation.of("RebootBroker", RebootBrokerRequest.class, kafka::rebootBroker)
                        .at(HttpBinding.put("/v1/clusters/{clusterArn}/reboot-broker")),
                Operation.of("RejectClientVpcConnection", RejectClientVpcConnectionRequest.class,
                        kafka::rejectClientVpcConnection)
                        .at(HttpBinding.put("/v1/clusters/{clusterArn}/client-vpc-connection")),
                Operation.empty("TagResource", TagResourceRequest.class, kafka::tagResource)
                        .at(HttpBinding.post("/v1/tags/{resourceArn}").status(204)),
                Operation.empty("UntagResource", UntagResourceRequest.class, kafka::untagResource)
                        .at(HttpBinding.delete("/v1/tags/{resourceArn}").query("tagKeys", "tagKeys").status(204)),
                Operation.of("UpdateBrokerCount", UpdateBrokerCountRequest.class, kafka::updateBrokerCount)
                        .at(HttpBinding.put("/v1/clusters/{clusterArn}/nodes/count")),
                Operation.of("UpdateBrokerStorage", UpdateBrokerStorageRequest.class, kafka::updateBrokerStorage)
                        .at(HttpBinding.put("/v1/clusters/{clusterArn}/nodes/storage")),
                Operation.of("UpdateBrokerType", UpdateBrokerTypeRequest.class, kafka::updateBrokerType)
                        .at(HttpBinding.put("/v1/clusters/{clusterArn}/nodes/type")),
                Operation.of("UpdateClusterConfiguration", UpdateClusterConfigurationRequest.class,
                        kafka::updateClusterConfiguration)
                        .at(HttpBinding.put("/v1/clusters/{clusterArn}/configuration")),
                Operation.of("UpdateClusterKafkaVersion", UpdateClusterKafkaVersionRequest.class,
                        kafka::updateClusterKafkaVersion)
                        .at(HttpBinding.put("/v1/clusters/{clusterArn}/version")),
                Operation.of("UpdateConfiguration", UpdateConfigurationRequest.class, kafka::updateConfiguration)
                        .at(HttpBinding.put("/v1/configurations/{arn}")),
                Operation.of("UpdateConnectivity", UpdateConnectivityRequest.class, kafka::updateConnectivity)
                        .at(HttpBinding.put("/v1/clusters/{clusterArn}/connectivity")),
                Operation.of("UpdateMonitoring", UpdateMonitoringRequest.class, kafka::updateMonitoring)
                        .at(HttpBinding.put("/v1/clusters/{clusterArn}/monitoring")),
                Operation.of("UpdateRebalancing", UpdateRebalancingRequest.class, kafka::updateRebalancing)
                        .at(HttpBinding.put("/v1/clusters/{clusterArn}/rebalancing")),
                Operation.of("UpdateReplicationInfo", UpdateReplicationInfoRequest.class,
                        kafka::updateReplicationInfo)
                        .at(HttpBinding.put("/replication/v1/replicators/{replicatorArn}/replication-info")),
                Operation.of("UpdateSecurity", UpdateSecurityRequest.class, kafka::updateSecurity)
                        .at(HttpBinding.patch("/v1/clusters/{clusterArn}/security")),
                Operation.of("UpdateStorage", UpdateStorageRequest.class, kafka::updateStorage)
                        .at(HttpBinding.put("/v1/clusters/{clusterArn}/storage")),
                Operation.async("UpdateTopic", UpdateTopicRequest.class, kafka::updateTopic)
                        .at(HttpBinding.put("/v1/clusters/{clusterArn}/topics/{topicName}"))))
                .build();
    }
}
