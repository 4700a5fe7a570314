package dev.awsemulator.core.kafka.api;

public record KafkaClusterSummary(AmazonMskCluster amazonMskCluster, ApacheKafkaCluster apacheKafkaCluster, String kafkaClusterAlias) {
}
