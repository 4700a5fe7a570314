package dev.awsemulator.core.kafka.api;

public record DeleteClusterPolicyRequest(String clusterArn) {
}
