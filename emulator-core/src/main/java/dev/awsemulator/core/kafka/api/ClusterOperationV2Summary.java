package dev.awsemulator.core.kafka.api;

import java.time.Instant;

public record ClusterOperationV2Summary(String clusterArn, String clusterType, Instant startTime, Instant endTime, String operationArn, String operationState, String operationType) {
}
