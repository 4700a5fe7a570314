package dev.awsemulator.core.kafka.api;

public record ListScramSecretsRequest(String clusterArn, Integer maxResults, String nextToken) {
}
