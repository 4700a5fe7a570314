package dev.awsemulator.core.kafka.api;

public record DescribeClusterV2Result(Cluster clusterInfo) {
}
