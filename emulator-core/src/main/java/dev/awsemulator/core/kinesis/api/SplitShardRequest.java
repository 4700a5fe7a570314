package dev.awsemulator.core.kinesis.api;

public record SplitShardRequest(String streamName, String shardToSplit, String newStartingHashKey, String streamARN) {
}
