package dev.awsemulator.core.kafka.api;

public record ClusterOperationV2Serverless(ServerlessConnectivityInfo sourceClusterInfo, ServerlessConnectivityInfo targetClusterInfo, VpcConnectionInfoServerless vpcConnectionInfo) {
}
