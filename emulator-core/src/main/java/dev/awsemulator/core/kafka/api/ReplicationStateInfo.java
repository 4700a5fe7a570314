package dev.awsemulator.core.kafka.api;

public record ReplicationStateInfo(String code, String message) {
}
