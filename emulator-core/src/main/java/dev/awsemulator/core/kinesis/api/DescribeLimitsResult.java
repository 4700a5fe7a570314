package dev.awsemulator.core.kinesis.api;

public record DescribeLimitsResult(Integer shardLimit, Integer openShardCount, Integer onDemandStreamCount, Integer onDemandStreamCountLimit) {
}
