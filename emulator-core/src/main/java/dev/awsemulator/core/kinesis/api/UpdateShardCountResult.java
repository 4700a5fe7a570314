package dev.awsemulator.core.kinesis.api;

public record UpdateShardCountResult(String streamName, Integer currentShardCount, Integer targetShardCount, String streamARN) {
}
