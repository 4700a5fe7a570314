package dev.awsemulator.core.kafka.api;

public record UpdateBrokerStorageResult(String clusterArn, String clusterOperationArn) {
}
