package dev.awsemulator.core.kafka.api;

public record UpdateBrokerTypeRequest(String clusterArn, String currentVersion, String targetInstanceType) {
}
