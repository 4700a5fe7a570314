package dev.awsemulator.core.kafka.api;

public record ClusterOperationStep(ClusterOperationStepInfo stepInfo, String stepName) {
}
