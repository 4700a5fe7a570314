package dev.awsemulator.core.mq.api;

public record ListConfigurationsRequest(Integer maxResults, String nextToken) {
}
