package dev.awsemulator.core.kafka.api;

public record ListNodesRequest(String clusterArn, Integer maxResults, String nextToken) {
}
