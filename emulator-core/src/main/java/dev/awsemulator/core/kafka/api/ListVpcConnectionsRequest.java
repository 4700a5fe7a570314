package dev.awsemulator.core.kafka.api;

public record ListVpcConnectionsRequest(Integer maxResults, String nextToken) {
}
