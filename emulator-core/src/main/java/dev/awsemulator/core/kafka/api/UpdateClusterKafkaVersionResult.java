package dev.awsemulator.core.kafka.api;

public record UpdateClusterKafkaVersionResult(String clusterArn, String clusterOperationArn) {
}
