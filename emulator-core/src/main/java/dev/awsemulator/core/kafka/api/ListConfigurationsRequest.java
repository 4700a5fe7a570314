package dev.awsemulator.core.kafka.api;

public record ListConfigurationsRequest(Integer maxResults, String nextToken) {
}
