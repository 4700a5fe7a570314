package dev.awsemulator.core.kafka.api;

import java.time.Instant;
import java.util.List;

public record ReplicatorSummary(Instant creationTime, String currentVersion, Boolean isReplicatorReference, List<KafkaClusterSummary> kafkaClustersSummary, List<ReplicationInfoSummary> replicationInfoSummaryList, String replicatorArn, String replicatorName, String replicatorResourceArn, String replicatorState) {
}
