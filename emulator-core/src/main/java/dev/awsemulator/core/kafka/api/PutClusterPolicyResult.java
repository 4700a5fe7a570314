package dev.awsemulator.core.kafka.api;

public record PutClusterPolicyResult(String currentVersion) {
}
