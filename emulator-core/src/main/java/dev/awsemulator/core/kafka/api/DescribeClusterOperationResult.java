package dev.awsemulator.core.kafka.api;

public record DescribeClusterOperationResult(ClusterOperationInfo clusterOperationInfo) {
}
