package dev.awsemulator.bench.kinesis;

import org.HdrHistogram.Recorder;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.GetRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

import java.util.List;
import java.util.function.Consumer;

/** Reads a shard from TRIM_HORIZON to its end with GetRecords (10,000 records a call at most). */
final class ShardReader {

    private static final int LIMIT = 10_000;

    private ShardReader() {
    }

    static List<String> shardIds(KinesisClient kinesis, String stream) {
        return kinesis.listShards(request -> request.streamName(stream)).shards().stream().map(Shard::shardId).toList();
    }

    /**
     * Hands every record of the shard to {@code visitor}, in order, until a call returns none;
     * {@code latencies} (or null) records each call's duration in microseconds. Returns the count.
     */
    static long readAll(KinesisClient kinesis, String stream, String shardId, Consumer<Record> visitor,
                        Recorder latencies) {
        String iterator = kinesis.getShardIterator(request -> request.streamName(stream).shardId(shardId)
                .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
        long count = 0;
        while (iterator != null) {
            String current = iterator;
            long start = System.nanoTime();
            GetRecordsResponse page = kinesis.getRecords(request -> request.shardIterator(current).limit(LIMIT));
            if (latencies != null) {
                latencies.recordValue((System.nanoTime() - start) / 1000);
            }
            if (page.records().isEmpty()) {
                break;
            }
            page.records().forEach(visitor);
            count += page.records().size();
            iterator = page.nextShardIterator();
        }
        return count;
    }
}
