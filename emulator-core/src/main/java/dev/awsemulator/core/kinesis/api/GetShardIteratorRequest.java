package dev.awsemulator.core.kinesis.api;

import java.time.Instant;

public record GetShardIteratorRequest(String streamName, String shardId, String shardIteratorType, String startingSequenceNumber, Instant timestamp, String streamARN) {
}
