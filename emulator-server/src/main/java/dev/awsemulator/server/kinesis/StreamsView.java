package dev.awsemulator.server.kinesis;

import dev.awsemulator.core.kinesis.KinesisService;
import dev.awsemulator.core.kinesis.StreamOverview;
import dev.awsemulator.core.kinesis.api.DataRecord;
import dev.awsemulator.server.dashboard.Location;
import dev.awsemulator.server.dashboard.Preview;

import java.util.List;

/** Every stream with its shards (open and closed, with their lineage) and each shard's newest records. */
record StreamsView(int recordsPerShard, List<StreamView> streams) {

    static final int RECORDS_PER_SHARD = 20;

    record StreamView(String arn, String name, String account, String region, String status,
                      List<ShardView> shards) {
    }

    record ShardView(String shardId, boolean open, String parentShardId, String adjacentParentShardId,
                     String startingSequenceNumber, String endingSequenceNumber, int recordCount,
                     List<RecordView> latestRecords) {
    }

    record RecordView(String sequenceNumber, String arrival, String partitionKey, Preview data) {
    }

    static StreamsView of(KinesisService kinesis) {
        return new StreamsView(RECORDS_PER_SHARD, kinesis.overview(RECORDS_PER_SHARD).stream()
                .map(StreamsView::stream).toList());
    }

    private static StreamView stream(StreamOverview stream) {
        Location location = Location.of(stream.arn());
        return new StreamView(stream.arn(), location.name(), location.account(), location.region(), stream.status(),
                stream.shards().stream().map(StreamsView::shard).toList());
    }

    private static ShardView shard(StreamOverview.ShardOverview shard) {
        return new ShardView(shard.shardId(), shard.endingSequenceNumber() == null, shard.parentShardId(),
                shard.adjacentParentShardId(), shard.startingSequenceNumber(), shard.endingSequenceNumber(),
                shard.recordCount(), shard.latestRecords().stream().map(StreamsView::record).toList());
    }

    private static RecordView record(DataRecord record) {
        return new RecordView(record.sequenceNumber(), record.approximateArrivalTimestamp().toString(),
                record.partitionKey(), Preview.of(record.data()));
    }
}
