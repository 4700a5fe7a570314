package dev.awsemulator.core.kinesis;

import dev.awsemulator.core.persistence.RestoredState;
import dev.awsemulator.core.persistence.StateJournal;
import dev.awsemulator.core.persistence.StateKind;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What Kinesis records in the state journal: one image per stream (settings, tags, policy, metrics,
 * consumers and the whole shard map, closed parents included) written after every control-plane change,
 * and every record as it is appended. The scope is the stream's ARN and its StreamId, so a stream created
 * again under the same name never inherits the records of the one deleted before it.
 */
final class StreamJournal {

    static final StateKind<StreamImage> STREAM = new StateKind<>("kinesis.stream", StreamImage.class);
    static final StateKind<RecordImage> RECORD = new StateKind<>("kinesis.record", RecordImage.class);
    private static final String STREAM_ID = "";

    record StreamImage(String partition, String region, String accountId, String name, String streamId,
                       long createdAtNanos, String status, String streamMode, int retentionHours,
                       String encryptionType, String keyId, int maxRecordSizeKiB, Integer warmThroughputMiBps,
                       String policy, Map<String, String> tags, List<String> metrics, int nextShardIndex,
                       List<ShardImage> shards, List<ConsumerImage> consumers) {
    }

    record ShardImage(int index, String hashStart, String hashEnd, String parentShardId,
                      String adjacentParentShardId, long createdAtNanos, long nextCounter,
                      String endingSequenceNumber, Long closedAtNanos) {
    }

    record ConsumerImage(String name, String arn, long createdAtNanos, String status, Map<String, String> tags,
                         String policy) {
    }

    record RecordImage(int shardIndex, String sequenceNumber, long arrivalNanos, byte[] data, String partitionKey) {
    }

    private final StateJournal journal;
    private final StreamRegistry streams;

    StreamJournal(StateJournal journal, StreamRegistry streams) {
        this.journal = journal;
        this.streams = streams;
    }

    /**
     * Journals the stream as it is now, or its end once it left the registry. Image and write happen under
     * the stream's monitor, so of two concurrent changes the image written last holds both.
     */
    void changed(Stream stream) {
        if (!journal.enabled()) {
            return;
        }
        synchronized (stream) {
            if (streams.get(stream.key) == stream) {
                journal.put(STREAM, scope(stream), STREAM_ID, image(stream));
            } else {
                journal.drop(scope(stream));
            }
        }
    }

    void appended(Stream stream, StreamShard shard, StoredRecord record) {
        if (journal.enabled()) {
            journal.put(RECORD, scope(stream), record.sequenceNumber(), image(shard, record));
        }
    }

    /** Writes every stream with its records, for a snapshot. */
    static void export(List<Stream> all, StateJournal out) {
        for (Stream stream : all) {
            String scope = scope(stream);
            synchronized (stream) {
                out.put(STREAM, scope, STREAM_ID, image(stream));
            }
            for (StreamShard shard : stream.allShards()) {
                for (StoredRecord record : shard.records()) {
                    out.put(RECORD, scope, record.sequenceNumber(), image(shard, record));
                }
            }
        }
    }

    /**
     * The streams a data directory kept. A transition that was under way completes now: a stream being
     * created or updated comes back ACTIVE, one being deleted does not come back, and likewise consumers.
     */
    static List<Stream> restore(RestoredState state) {
        List<Stream> restored = new ArrayList<>();
        for (String scope : state.scopes(STREAM)) {
            StreamImage image = state.image(scope, STREAM, STREAM_ID);
            if (StreamStatus.valueOf(image.status()) == StreamStatus.DELETING) {
                continue;
            }
            Map<Integer, List<StoredRecord>> records = new HashMap<>();
            state.images(scope, RECORD).values().forEach(record -> records
                    .computeIfAbsent(record.shardIndex(), index -> new ArrayList<>())
                    .add(new StoredRecord(record.sequenceNumber(), EpochNanos.instant(record.arrivalNanos()),
                            record.data(), record.partitionKey())));
            restored.add(stream(image, records));
        }
        return restored;
    }

    private static Stream stream(StreamImage image, Map<Integer, List<StoredRecord>> records) {
        Stream stream = new Stream(new StreamKey(image.partition(), image.region(), image.accountId(), image.name()),
                StreamMode.valueOf(image.streamMode()), EpochNanos.instant(image.createdAtNanos()), image.streamId());
        stream.status = StreamStatus.ACTIVE;
        stream.retentionHours = image.retentionHours();
        stream.encryptionType = EncryptionType.valueOf(image.encryptionType());
        stream.keyId = image.keyId();
        stream.maxRecordSizeKiB = image.maxRecordSizeKiB();
        stream.warmThroughputMiBps = image.warmThroughputMiBps();
        stream.policy.set(image.policy());
        stream.tags.putAll(image.tags());
        stream.changeMetrics(image.metrics(), true);
        List<StreamShard> shards = new ArrayList<>();
        for (ShardImage shard : image.shards()) {
            List<StoredRecord> kept = records.getOrDefault(shard.index(), new ArrayList<>());
            shards.add(StreamShard.restored(shard.index(),
                    new HashKeys.Range(new BigInteger(shard.hashStart()), new BigInteger(shard.hashEnd())),
                    shard.parentShardId(), shard.adjacentParentShardId(), EpochNanos.instant(shard.createdAtNanos()),
                    shard.nextCounter(), shard.endingSequenceNumber() == null ? null
                            : new BigInteger(shard.endingSequenceNumber()),
                    shard.closedAtNanos() == null ? null : EpochNanos.instant(shard.closedAtNanos()), kept));
        }
        stream.restoreShards(shards, image.nextShardIndex());
        for (ConsumerImage consumer : image.consumers()) {
            if (ConsumerStatus.valueOf(consumer.status()) == ConsumerStatus.DELETING) {
                continue;
            }
            StreamConsumer restored = new StreamConsumer(consumer.name(), consumer.arn(), stream.arn,
                    EpochNanos.instant(consumer.createdAtNanos()));
            restored.status(ConsumerStatus.ACTIVE);
            restored.tags.putAll(consumer.tags());
            restored.policy.set(consumer.policy());
            stream.consumers.put(restored.name, restored);
        }
        return stream;
    }

    private static StreamImage image(Stream stream) {
        List<ShardImage> shards = stream.allShards().stream().map(StreamJournal::image).toList();
        List<ConsumerImage> consumers = stream.consumers.values().stream()
                .map(consumer -> new ConsumerImage(consumer.name, consumer.arn, EpochNanos.of(consumer.createdAt),
                        consumer.status().name(), consumer.tags.snapshot(), consumer.policy.get()))
                .toList();
        return new StreamImage(stream.key.partition(), stream.key.region(), stream.key.accountId(), stream.name(),
                stream.streamId, EpochNanos.of(stream.createdAt), stream.status.name(), stream.streamMode.name(),
                stream.retentionHours, stream.encryptionType.name(), stream.keyId, stream.maxRecordSizeKiB,
                stream.warmThroughputMiBps, stream.policy.get(), stream.tags.snapshot(), stream.metrics(),
                stream.nextShardIndex(), shards, consumers);
    }

    private static RecordImage image(StreamShard shard, StoredRecord record) {
        return new RecordImage(shard.index, record.sequenceNumber(), EpochNanos.of(record.arrival()), record.data(),
                record.partitionKey());
    }

    private static ShardImage image(StreamShard shard) {
        StreamShard.Lifecycle lifecycle = shard.lifecycle();
        return new ShardImage(shard.index, shard.hashRange.start().toString(), shard.hashRange.end().toString(),
                shard.parentShardId, shard.adjacentParentShardId, EpochNanos.of(shard.createdAt),
                lifecycle.nextCounter(),
                lifecycle.endingSequenceNumber() == null ? null : lifecycle.endingSequenceNumber().toString(),
                lifecycle.closedAt() == null ? null : EpochNanos.of(lifecycle.closedAt()));
    }

    private static String scope(Stream stream) {
        return stream.arn + "#" + stream.streamId;
    }

}
