package dev.awsemulator.core.kinesis.api;

import java.time.Instant;

public record ShardFilter(String type, String shardId, Instant timestamp) {
}
