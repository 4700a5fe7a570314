package dev.awsemulator.core.kafka.api;

public record ReplicatorS3(Boolean enabled, String bucket, String prefix) {
}
