package dev.awsemulator.core.kafka.api;

public record UpdateTopicResult(String topicArn, String topicName, String status) {
}
