package dev.awsemulator.core.mq.api;

public record ListConfigurationRevisionsRequest(String configurationId, Integer maxResults, String nextToken) {
}
