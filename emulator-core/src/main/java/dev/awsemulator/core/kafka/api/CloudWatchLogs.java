package dev.awsemulator.core.kafka.api;

public record CloudWatchLogs(Boolean enabled, String logGroup) {
}
