package dev.awsemulator.core.kafka.api;

public record ReplicationInfoSummary(String sourceKafkaClusterAlias, String targetKafkaClusterAlias) {
}
