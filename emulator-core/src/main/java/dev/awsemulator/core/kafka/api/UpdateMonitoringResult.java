package dev.awsemulator.core.kafka.api;

public record UpdateMonitoringResult(String clusterArn, String clusterOperationArn) {
}
