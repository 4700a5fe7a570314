package dev.awsemulator.core.kafka.api;

public record ListClustersRequest(String clusterNameFilter, Integer maxResults, String nextToken) {
}
