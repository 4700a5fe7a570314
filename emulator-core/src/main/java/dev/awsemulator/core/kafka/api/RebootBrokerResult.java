package dev.awsemulator.core.kafka.api;

public record RebootBrokerResult(String clusterArn, String clusterOperationArn) {
}
