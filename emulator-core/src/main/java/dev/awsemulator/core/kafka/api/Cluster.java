package dev.awsemulator.core.kafka.api;

import java.time.Instant;
import java.util.Map;

public record Cluster(String activeOperationArn, String clusterType, String clusterArn, String clusterName, Instant creationTime, String currentVersion, String state, StateInfo stateInfo, Map<String, String> tags, Provisioned provisioned, Serverless serverless) {
}
