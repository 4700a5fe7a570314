package dev.awsemulator.core.kinesis.api;

import java.util.List;

/** One event of a SubscribeToShard stream: the records since the last event and where to continue. */
public record SubscribeToShardEvent(List<DataRecord> records, String continuationSequenceNumber, Long millisBehindLatest, List<ChildShard> childShards) {
}
