package dev.awsemulator.core.mq.api;

public record PendingLogs(Boolean audit, Boolean general) {
}
