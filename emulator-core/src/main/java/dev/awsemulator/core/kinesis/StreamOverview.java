package dev.awsemulator.core.kinesis;

import dev.awsemulator.core.kinesis.api.DataRecord;

import java.util.List;

/** A stream and its shards, for tools that show every stream of every account and region. */
public record StreamOverview(String arn, String status, List<ShardOverview> shards) {

    /**
     * One shard: where it sits in the lineage, its sequence number range, how many records it keeps
     * and the newest of them.
     *
     * @param endingSequenceNumber null while the shard is open
     * @param latestRecords        the newest records kept, oldest first
     */
    public record ShardOverview(String shardId, String parentShardId, String adjacentParentShardId,
                                String startingSequenceNumber, String endingSequenceNumber, int recordCount,
                                List<DataRecord> latestRecords) {
    }
}
