package dev.awsemulator.core.kafka.api;

public record PutClusterPolicyRequest(String clusterArn, String currentVersion, String policy) {
}
