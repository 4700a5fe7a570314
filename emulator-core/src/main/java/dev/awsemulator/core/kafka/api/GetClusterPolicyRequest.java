package dev.awsemulator.core.kafka.api;

public record GetClusterPolicyRequest(String clusterArn) {
}
