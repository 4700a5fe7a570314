package dev.awsemulator.core.kafka.api;

import java.util.List;

public record ListClustersV2Result(List<Cluster> clusterInfoList, String nextToken) {
}
