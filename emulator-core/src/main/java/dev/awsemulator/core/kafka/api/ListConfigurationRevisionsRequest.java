package dev.awsemulator.core.kafka.api;

public record ListConfigurationRevisionsRequest(String arn, Integer maxResults, String nextToken) {
}
