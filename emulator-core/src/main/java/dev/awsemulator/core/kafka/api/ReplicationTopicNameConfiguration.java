package dev.awsemulator.core.kafka.api;

public record ReplicationTopicNameConfiguration(String type) {
}
