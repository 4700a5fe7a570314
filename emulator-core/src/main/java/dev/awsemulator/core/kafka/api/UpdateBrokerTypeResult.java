package dev.awsemulator.core.kafka.api;

public record UpdateBrokerTypeResult(String clusterArn, String clusterOperationArn) {
}
