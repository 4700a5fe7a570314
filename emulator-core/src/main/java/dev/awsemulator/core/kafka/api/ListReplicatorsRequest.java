package dev.awsemulator.core.kafka.api;

public record ListReplicatorsRequest(Integer maxResults, String nextToken, String replicatorNameFilter) {
}
