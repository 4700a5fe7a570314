package dev.awsemulator.core.kafka.api;

public record UpdateConnectivityResult(String clusterArn, String clusterOperationArn) {
}
