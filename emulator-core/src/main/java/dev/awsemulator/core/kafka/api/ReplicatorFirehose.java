package dev.awsemulator.core.kafka.api;

public record ReplicatorFirehose(Boolean enabled, String deliveryStream) {
}
