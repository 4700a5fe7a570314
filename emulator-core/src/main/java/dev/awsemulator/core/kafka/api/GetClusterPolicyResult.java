package dev.awsemulator.core.kafka.api;

public record GetClusterPolicyResult(String currentVersion, String policy) {
}
