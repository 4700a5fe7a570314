package dev.awsemulator.core.kafka.api;

public record DeleteTopicRequest(String clusterArn, String topicName) {
}
