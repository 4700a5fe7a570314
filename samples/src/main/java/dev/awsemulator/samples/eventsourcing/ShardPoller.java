package dev.awsemulator.samples.eventsourcing;

import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.GetRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.GetShardIteratorRequest;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;
import software.amazon.awssdk.services.kinesis.model.StartingPosition;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A polling consumer: reads every shard with {@code GetRecords}, parents before children, and feeds
 * the events to a read model. The checkpoint (the last sequence number applied, per shard) is held
 * in memory; a real service would store it next to the read model so both move together.
 */
public final class ShardPoller {

    private final KinesisClient kinesis;
    private final String streamName;
    private final StartingPosition start;
    private final Consumer<AccountEvent> readModel;
    private final Map<String, String> checkpoints = new HashMap<>();
    private final Set<String> finished = new HashSet<>();

    /**
     * @param start where a shard without a checkpoint is read from: {@code TRIM_HORIZON} to build a
     *              model from scratch, {@code AT_TIMESTAMP} to replay from a moment, {@code LATEST}
     */
    public ShardPoller(KinesisClient kinesis, String streamName, StartingPosition start, Consumer<AccountEvent> readModel) {
        this.kinesis = kinesis;
        this.streamName = streamName;
        this.start = start;
        this.readModel = readModel;
    }

    /** Reads until every shard is read to its end or to its tip; returns how many events were applied. */
    public int catchUp() {
        int applied = 0;
        List<String> readable = readableShards();
        while (!readable.isEmpty()) {
            for (String shardId : readable) {
                applied += readShard(shardId);
            }
            List<String> next = readableShards();
            if (next.equals(readable)) {
                return applied; // every readable shard is open and at its tip
            }
            readable = next; // a shard ended: its children are readable now
        }
        return applied;
    }

    public Map<String, String> checkpoints() {
        return Map.copyOf(checkpoints);
    }

    private List<String> readableShards() {
        // One page holds up to 1,000 shards, plenty for the samples; a larger stream would page with NextToken.
        List<Shard> shards = kinesis.listShards(b -> b.streamName(streamName).maxResults(1000)).shards();
        return ShardLineage.readable(shards, finished);
    }

    private int readShard(String shardId) {
        String iterator = kinesis.getShardIterator(iteratorRequest(shardId)).shardIterator();
        int applied = 0;
        while (true) {
            String current = iterator;
            GetRecordsResponse response = kinesis.getRecords(b -> b.shardIterator(current).limit(1000));
            for (Record record : response.records()) {
                readModel.accept(AccountEvent.decode(record.data().asByteArray()));
                checkpoints.put(shardId, record.sequenceNumber());
                applied++;
            }
            iterator = response.nextShardIterator();
            if (iterator == null) {
                finished.add(shardId); // a closed shard read to its end
                return applied;
            }
            if (response.records().isEmpty() && atTip(response)) {
                return applied;
            }
        }
    }

    private static boolean atTip(GetRecordsResponse response) {
        return response.millisBehindLatest() == null || response.millisBehindLatest() == 0;
    }

    private GetShardIteratorRequest iteratorRequest(String shardId) {
        GetShardIteratorRequest.Builder request = GetShardIteratorRequest.builder().streamName(streamName).shardId(shardId);
        String checkpoint = checkpoints.get(shardId);
        if (checkpoint != null) {
            return request.shardIteratorType(ShardIteratorType.AFTER_SEQUENCE_NUMBER).startingSequenceNumber(checkpoint).build();
        }
        return request.shardIteratorType(start.typeAsString()).startingSequenceNumber(start.sequenceNumber())
                .timestamp(start.timestamp()).build();
    }
}
