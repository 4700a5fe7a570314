package dev.awsemulator.core.mq.api;

public record LogsSummary(Boolean audit, String auditLogGroup, Boolean general, String generalLogGroup, PendingLogs pending) {
}
