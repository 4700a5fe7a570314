package dev.awsemulator.core.kinesis.api;

import java.util.List;

public record GetRecordsResult(List<DataRecord> records, String nextShardIterator, Long millisBehindLatest, List<ChildShard> childShards) {
}
