package dev.awsemulator.core.sns.api;

/** The input of DeleteTopic, GetTopicAttributes and ListSubscriptionsByTopic-like calls: a topic ARN only. */
public record TopicArnRequest(String topicArn) {
}
