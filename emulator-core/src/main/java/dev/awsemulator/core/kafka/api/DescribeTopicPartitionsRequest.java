package dev.awsemulator.core.kafka.api;

public record DescribeTopicPartitionsRequest(String clusterArn, String topicName, Integer maxResults, String nextToken) {
}
