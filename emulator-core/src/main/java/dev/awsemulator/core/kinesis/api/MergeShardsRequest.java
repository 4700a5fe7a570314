package dev.awsemulator.core.kinesis.api;

public record MergeShardsRequest(String streamName, String shardToMerge, String adjacentShardToMerge, String streamARN) {
}
