package dev.awsemulator.core.kafka.api;

public record DeleteClusterPolicyResult() {
}
