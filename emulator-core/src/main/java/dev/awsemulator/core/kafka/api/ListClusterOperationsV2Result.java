package dev.awsemulator.core.kafka.api;

import java.util.List;

public record ListClusterOperationsV2Result(List<ClusterOperationV2Summary> clusterOperationInfoList, String nextToken) {
}
