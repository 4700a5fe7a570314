package dev.awsemulator.core.kafka.api;

public record DescribeClusterOperationV2Request(String clusterOperationArn) {
}
