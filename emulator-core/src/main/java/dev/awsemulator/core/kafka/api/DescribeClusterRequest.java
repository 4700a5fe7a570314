package dev.awsemulator.core.kafka.api;

public record DescribeClusterRequest(String clusterArn) {
}
