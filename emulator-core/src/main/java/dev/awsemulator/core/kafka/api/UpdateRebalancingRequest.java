package dev.awsemulator.core.kafka.api;

public record UpdateRebalancingRequest(String clusterArn, String currentVersion, Rebalancing rebalancing) {
}
