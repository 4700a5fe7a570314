package dev.awsemulator.core.sns.api;

public record ListSubscriptionsByTopicRequest(String topicArn, String nextToken) {
}
