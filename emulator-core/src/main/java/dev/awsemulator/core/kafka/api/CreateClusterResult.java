package dev.awsemulator.core.kafka.api;

public record CreateClusterResult(String clusterArn, String clusterName, String state) {
}
