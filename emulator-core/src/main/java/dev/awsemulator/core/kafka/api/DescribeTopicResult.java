package dev.awsemulator.core.kafka.api;

public record DescribeTopicResult(String topicArn, String topicName, Integer replicationFactor, Integer partitionCount, String configs, String status) {
}
