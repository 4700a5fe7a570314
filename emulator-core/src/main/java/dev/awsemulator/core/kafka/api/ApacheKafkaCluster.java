package dev.awsemulator.core.kafka.api;

public record ApacheKafkaCluster(String apacheKafkaClusterId, String bootstrapBrokerString) {
}
