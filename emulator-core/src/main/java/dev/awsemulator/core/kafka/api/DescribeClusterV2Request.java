package dev.awsemulator.core.kafka.api;

public record DescribeClusterV2Request(String clusterArn) {
}
