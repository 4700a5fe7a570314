package dev.awsemulator.core.kafka.api;

public record ReplicationInfo(ConsumerGroupReplication consumerGroupReplication, String sourceKafkaClusterArn, String sourceKafkaClusterId, String targetCompressionType, String targetKafkaClusterArn, String targetKafkaClusterId, TopicReplication topicReplication) {
}
