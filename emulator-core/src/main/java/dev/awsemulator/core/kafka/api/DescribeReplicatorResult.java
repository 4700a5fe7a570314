package dev.awsemulator.core.kafka.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

public record DescribeReplicatorResult(Instant creationTime, String currentVersion, Boolean isReplicatorReference, List<KafkaClusterDescription> kafkaClusters, List<ReplicationInfoDescription> replicationInfoList, String replicatorArn, String replicatorDescription, String replicatorName, String replicatorResourceArn, String replicatorState, String serviceExecutionRoleArn, ReplicationStateInfo stateInfo, Map<String, String> tags, LogDelivery logDelivery) {
}
