package dev.awsemulator.core.kinesis.api;

import java.util.List;

/** The input of EnableEnhancedMonitoring and DisableEnhancedMonitoring. */
public record EnhancedMonitoringRequest(String streamName, List<String> shardLevelMetrics, String streamARN) {
}
