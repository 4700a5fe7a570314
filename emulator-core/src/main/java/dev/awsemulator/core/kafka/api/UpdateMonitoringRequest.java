package dev.awsemulator.core.kafka.api;

public record UpdateMonitoringRequest(String clusterArn, String currentVersion, String enhancedMonitoring, OpenMonitoringInfo openMonitoring, LoggingInfo loggingInfo) {
}
