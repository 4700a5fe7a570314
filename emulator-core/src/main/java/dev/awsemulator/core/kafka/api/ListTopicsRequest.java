package dev.awsemulator.core.kafka.api;

public record ListTopicsRequest(String clusterArn, Integer maxResults, String nextToken, String topicNameFilter) {
}
