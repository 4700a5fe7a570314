package dev.awsemulator.core.kafka.api;

public record UpdateRebalancingResult(String clusterArn, String clusterOperationArn) {
}
