package dev.awsemulator.core.kafka.api;

public record ListKafkaVersionsRequest(Integer maxResults, String nextToken) {
}
