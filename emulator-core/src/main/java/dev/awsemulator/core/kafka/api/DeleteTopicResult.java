package dev.awsemulator.core.kafka.api;

public record DeleteTopicResult(String topicArn, String topicName, String status) {
}
