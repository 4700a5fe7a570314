package dev.awsemulator.core.kinesis.api;

import java.time.Instant;
import java.util.List;

public record StreamDescriptionSummary(String streamName, String streamARN, String streamId, String streamStatus, StreamModeDetails streamModeDetails, Integer retentionPeriodHours, Instant streamCreationTimestamp, List<EnhancedMetrics> enhancedMonitoring, String encryptionType, String keyId, Integer openShardCount, Integer consumerCount, WarmThroughputObject warmThroughput, Integer maxRecordSizeInKiB) {
}
