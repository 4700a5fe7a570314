package dev.awsemulator.core.kinesis.api;

public record SubscribeToShardRequest(String consumerARN, String shardId, StartingPosition startingPosition) {
}
