package dev.awsemulator.core.kinesis.api;

import java.util.List;

/** The output of EnableEnhancedMonitoring and DisableEnhancedMonitoring (AWS shape EnhancedMonitoringOutput). */
public record EnhancedMonitoringResult(String streamName, List<String> currentShardLevelMetrics, List<String> desiredShardLevelMetrics, String streamARN) {
}
