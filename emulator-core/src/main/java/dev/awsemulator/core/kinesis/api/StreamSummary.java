package dev.awsemulator.core.kinesis.api;

import java.time.Instant;

public record StreamSummary(String streamName, String streamARN, String streamStatus, StreamModeDetails streamModeDetails, Instant streamCreationTimestamp) {
}
