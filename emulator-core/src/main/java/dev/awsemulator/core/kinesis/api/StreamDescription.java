package dev.awsemulator.core.kinesis.api;

import java.time.Instant;
import java.util.List;

public record StreamDescription(String streamName, String streamARN, String streamStatus, StreamModeDetails streamModeDetails, List<Shard> shards, Boolean hasMoreShards, Integer retentionPeriodHours, Instant streamCreationTimestamp, List<EnhancedMetrics> enhancedMonitoring, String encryptionType, String keyId) {
}
