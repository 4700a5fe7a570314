package dev.awsemulator.core.kinesis.api;

import java.util.List;

public record ListShardsResult(List<Shard> shards, String nextToken) {
}
