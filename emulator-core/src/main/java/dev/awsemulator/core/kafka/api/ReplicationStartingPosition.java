package dev.awsemulator.core.kafka.api;

public record ReplicationStartingPosition(String type) {
}
