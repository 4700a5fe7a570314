package dev.awsemulator.core.sns.api;

public record CreateTopicResult(String topicArn) {
}
