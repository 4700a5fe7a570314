package dev.awsemulator.core.kafka.api;

public record DeleteClusterRequest(String clusterArn, String currentVersion) {
}
