package dev.awsemulator.core.kafka.api;

public record UpdateBrokerCountRequest(String clusterArn, String currentVersion, Integer targetNumberOfBrokerNodes) {
}
