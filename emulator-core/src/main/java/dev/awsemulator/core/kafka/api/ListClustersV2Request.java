package dev.awsemulator.core.kafka.api;

public record ListClustersV2Request(String clusterNameFilter, String clusterTypeFilter, Integer maxResults, String nextToken) {
}
