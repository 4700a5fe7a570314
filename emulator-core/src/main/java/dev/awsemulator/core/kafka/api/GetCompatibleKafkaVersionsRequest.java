package dev.awsemulator.core.kafka.api;

public record GetCompatibleKafkaVersionsRequest(String clusterArn) {
}
