package dev.awsemulator.core.kafka.api;

public record ListClientVpcConnectionsRequest(String clusterArn, Integer maxResults, String nextToken) {
}
