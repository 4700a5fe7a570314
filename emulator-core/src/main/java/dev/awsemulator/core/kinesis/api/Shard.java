package dev.awsemulator.core.kinesis.api;

public record Shard(String shardId, String parentShardId, String adjacentParentShardId, HashKeyRange hashKeyRange, SequenceNumberRange sequenceNumberRange) {
}
