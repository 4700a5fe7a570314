package dev.awsemulator.core.kafka.api;

public record ListClusterOperationsV2Request(String clusterArn, Integer maxResults, String nextToken) {
}
