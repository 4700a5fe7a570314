package dev.awsemulator.core.kafka.api;

public record DescribeClusterOperationV2Result(ClusterOperationV2 clusterOperationInfo) {
}
