package dev.awsemulator.core.kafka.api;

public record ListClusterOperationsRequest(String clusterArn, Integer maxResults, String nextToken) {
}
