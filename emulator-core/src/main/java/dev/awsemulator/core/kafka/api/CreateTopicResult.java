package dev.awsemulator.core.kafka.api;

public record CreateTopicResult(String topicArn, String topicName, String status) {
}
