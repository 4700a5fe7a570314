package dev.awsemulator.bench.kinesis;

import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResultEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Writers of one stream, each numbering its records 0, 1, 2, … and sending them with PutRecords in
 * batches; remembers how many each writer had acknowledged and how many went to each shard. A batch
 * with a failed record is an error. Each client thread is one writer.
 */
final class RecordLedger {

    private final KinesisClient kinesis;
    private final String stream;
    private final int batchSize;
    private final AtomicLongArray acknowledged;
    private final AtomicInteger nextWriter = new AtomicInteger();
    private final ThreadLocal<Integer> writer = ThreadLocal.withInitial(nextWriter::getAndIncrement);
    private final LongAdder records = new LongAdder();
    private final Map<String, LongAdder> perShard = new ConcurrentHashMap<>();

    RecordLedger(KinesisClient kinesis, String stream, int batchSize, int writers) {
        this.kinesis = kinesis;
        this.stream = stream;
        this.batchSize = batchSize;
        this.acknowledged = new AtomicLongArray(writers);
    }

    /** Sends the calling writer's next batch; returns once it was acknowledged. */
    void putBatch() {
        int id = writer.get();
        long first = acknowledged.get(id);
        long now = System.nanoTime();
        List<PutRecordsRequestEntry> entries = new ArrayList<>(batchSize);
        for (int i = 0; i < batchSize; i++) {
            long count = first + i;
            entries.add(PutRecordsRequestEntry.builder().partitionKey("k" + count % 97)
                    .data(new RecordData(id, count, now).encode()).build());
        }
        PutRecordsResponse response = kinesis.putRecords(request -> request.streamName(stream).records(entries));
        if (response.failedRecordCount() != null && response.failedRecordCount() > 0) {
            PutRecordsResultEntry failed = response.records().stream().filter(entry -> entry.errorCode() != null)
                    .findFirst().orElseThrow();
            throw new IllegalStateException(response.failedRecordCount() + " records failed: " + failed.errorCode()
                    + " " + failed.errorMessage());
        }
        for (PutRecordsResultEntry entry : response.records()) {
            perShard.computeIfAbsent(entry.shardId(), shard -> new LongAdder()).increment();
        }
        acknowledged.set(id, first + batchSize);
        records.add(batchSize);
    }

    long records() {
        return records.sum();
    }

    int writers() {
        return acknowledged.length();
    }

    /** Records the writer had acknowledged: its counts 0 to this, exclusive. */
    long acknowledged(int writerId) {
        return acknowledged.get(writerId);
    }

    /** Acknowledged records per shard id. */
    long onShard(String shardId) {
        LongAdder count = perShard.get(shardId);
        return count == null ? 0 : count.sum();
    }
}
