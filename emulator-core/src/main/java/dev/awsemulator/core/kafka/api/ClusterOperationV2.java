package dev.awsemulator.core.kafka.api;

import java.time.Instant;

public record ClusterOperationV2(String clusterArn, String clusterType, Instant startTime, Instant endTime, ErrorInfo errorInfo, String operationArn, String operationState, String operationType, ClusterOperationV2Provisioned provisioned, ClusterOperationV2Serverless serverless) {
}
