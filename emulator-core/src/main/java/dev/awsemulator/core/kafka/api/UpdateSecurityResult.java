package dev.awsemulator.core.kafka.api;

public record UpdateSecurityResult(String clusterArn, String clusterOperationArn) {
}
