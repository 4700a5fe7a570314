package dev.awsemulator.core.kafka.api;

public record UpdateStorageResult(String clusterArn, String clusterOperationArn) {
}
