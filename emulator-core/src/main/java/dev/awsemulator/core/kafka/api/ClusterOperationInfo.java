package dev.awsemulator.core.kafka.api;

import java.time.Instant;
import java.util.List;

public record ClusterOperationInfo(String clientRequestId, String clusterArn, Instant creationTime, Instant endTime, ErrorInfo errorInfo, String operationArn, String operationState, List<ClusterOperationStep> operationSteps, String operationType, MutableClusterInfo sourceClusterInfo, MutableClusterInfo targetClusterInfo, VpcConnectionInfo vpcConnectionInfo) {
}
