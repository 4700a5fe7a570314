package dev.awsemulator.core.kafka.api;

public record UpdateBrokerCountResult(String clusterArn, String clusterOperationArn) {
}
