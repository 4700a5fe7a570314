package dev.awsemulator.core.kinesis.api;

import java.time.Instant;

public record ListShardsRequest(String streamName, String nextToken, String exclusiveStartShardId, Integer maxResults, Instant streamCreationTimestamp, ShardFilter shardFilter, String streamARN) {
}
