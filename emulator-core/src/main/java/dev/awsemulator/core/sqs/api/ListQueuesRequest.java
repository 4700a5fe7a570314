package dev.awsemulator.core.sqs.api;

public record ListQueuesRequest(String queueNamePrefix, String nextToken, Integer maxResults) {
}
