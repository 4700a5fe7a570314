package dev.awsemulator.core.kafka.api;

import java.util.List;
import java.util.Map;

public record CreateReplicatorRequest(String description, List<KafkaCluster> kafkaClusters, List<ReplicationInfo> replicationInfoList, String replicatorName, String serviceExecutionRoleArn, Map<String, String> tags, LogDelivery logDelivery) {
}
