package dev.awsemulator.core.kafka.api;

import java.util.List;

public record ClusterOperationV2Provisioned(List<ClusterOperationStep> operationSteps, MutableClusterInfo sourceClusterInfo, MutableClusterInfo targetClusterInfo, VpcConnectionInfo vpcConnectionInfo) {
}
