package dev.awsemulator.core.kafka.api;

public record CreateTopicRequest(String clusterArn, String topicName, Integer partitionCount, Integer replicationFactor, String configs) {
}
