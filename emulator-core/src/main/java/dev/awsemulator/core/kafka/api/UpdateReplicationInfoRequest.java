package dev.awsemulator.core.kafka.api;

public record UpdateReplicationInfoRequest(ConsumerGroupReplicationUpdate consumerGroupReplication, String currentVersion, String replicatorArn, String sourceKafkaClusterArn, String sourceKafkaClusterId, String targetKafkaClusterArn, String targetKafkaClusterId, TopicReplicationUpdate topicReplication, LogDelivery logDelivery) {
}
