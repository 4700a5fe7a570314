package dev.awsemulator.core.kinesis.api;

import java.util.List;

public record ChildShard(String shardId, List<String> parentShards, HashKeyRange hashKeyRange) {
}
