package dev.awsemulator.core.kafka.api;

public record ReplicatorCloudWatchLogs(Boolean enabled, String logGroup) {
}
