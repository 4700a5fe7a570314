package dev.awsemulator.core.kinesis.api;

public record GetShardIteratorResult(String shardIterator) {
}
