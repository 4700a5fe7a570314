package dev.awsemulator.core.kafka.api;

public record DescribeTopicRequest(String clusterArn, String topicName) {
}
