package dev.awsemulator.core.kafka.api;

import java.util.List;

public record ListNodesResult(String nextToken, List<NodeInfo> nodeInfoList) {
}
