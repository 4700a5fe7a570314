package dev.awsemulator.core.kafka.api;

import java.util.List;

public record ListClusterOperationsResult(List<ClusterOperationInfo> clusterOperationInfoList, String nextToken) {
}
