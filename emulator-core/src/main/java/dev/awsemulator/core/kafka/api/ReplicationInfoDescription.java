package dev.awsemulator.core.kafka.api;

public record ReplicationInfoDescription(ConsumerGroupReplication consumerGroupReplication, String sourceKafkaClusterAlias, String targetCompressionType, String targetKafkaClusterAlias, TopicReplication topicReplication) {
}
