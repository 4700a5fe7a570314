package dev.awsemulator.core.kinesis.api;

public record UpdateShardCountRequest(String streamName, Integer targetShardCount, String scalingType, String streamARN) {
}
