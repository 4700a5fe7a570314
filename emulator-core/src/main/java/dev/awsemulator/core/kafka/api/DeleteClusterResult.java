package dev.awsemulator.core.kafka.api;

public record DeleteClusterResult(String clusterArn, String state) {
}
