package dev.awsemulator.core.sqs.api;

public record ListDeadLetterSourceQueuesRequest(String queueUrl, String nextToken, Integer maxResults) {
}
