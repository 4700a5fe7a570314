package dev.awsemulator.core.kafka.api;

public record CreateClusterV2Result(String clusterArn, String clusterName, String state, String clusterType) {
}
