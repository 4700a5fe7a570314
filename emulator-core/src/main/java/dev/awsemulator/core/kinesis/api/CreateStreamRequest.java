package dev.awsemulator.core.kinesis.api;

import java.util.Map;

public record CreateStreamRequest(String streamName, Integer shardCount, StreamModeDetails streamModeDetails, Map<String, String> tags, Integer warmThroughputMiBps, Integer maxRecordSizeInKiB) {
}
