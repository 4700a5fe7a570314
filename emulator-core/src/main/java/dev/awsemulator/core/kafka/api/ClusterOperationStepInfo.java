package dev.awsemulator.core.kafka.api;

public record ClusterOperationStepInfo(String stepStatus) {
}
