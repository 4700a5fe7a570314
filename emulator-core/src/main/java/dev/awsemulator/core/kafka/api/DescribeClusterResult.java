package dev.awsemulator.core.kafka.api;

public record DescribeClusterResult(ClusterInfo clusterInfo) {
}
