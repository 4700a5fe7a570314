package dev.awsemulator.core.kafka.api;

import java.util.List;

public record ListClustersResult(List<ClusterInfo> clusterInfoList, String nextToken) {
}
