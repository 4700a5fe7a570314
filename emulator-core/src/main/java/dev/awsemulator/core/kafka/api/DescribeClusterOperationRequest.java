package dev.awsemulator.core.kafka.api;

public record DescribeClusterOperationRequest(String clusterOperationArn) {
}
