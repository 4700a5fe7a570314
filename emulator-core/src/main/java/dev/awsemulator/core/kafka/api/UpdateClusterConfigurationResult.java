package dev.awsemulator.core.kafka.api;

public record UpdateClusterConfigurationResult(String clusterArn, String clusterOperationArn) {
}
