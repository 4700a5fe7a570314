package dev.awsemulator.core.kafka.api;

public record UpdateTopicRequest(String clusterArn, String topicName, String configs, Integer partitionCount) {
}
