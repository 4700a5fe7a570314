package dev.awsemulator.core.kinesis;

import dev.awsemulator.core.kinesis.api.HashKeyRange;
import dev.awsemulator.core.kinesis.api.Record;
import dev.awsemulator.core.kinesis.api.SequenceNumberRange;
import dev.awsemulator.core.kinesis.api.Shard;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One shard: an append-only log of records ordered by sequence number, its place in the hash key
 * space and in the lineage. Its own monitor guards the log, so shards of one stream are written in
 * parallel while each keeps a strict order.
 */
final class StreamShard {

    final String id;
    final int index;
    final HashKeys.Range hashRange;
    final String parentShardId;
    final String adjacentParentShardId;
    final Instant createdAt;
    final BigInteger startingSequenceNumber;
    private final long createSecs;
    private final List<StoredRecord> records = new ArrayList<>();
    private final ShardThrottle throttle = new ShardThrottle();
    /** Called after every append, outside the lock, so subscriptions can push what arrived. */
    private final List<Runnable> appendListeners = new CopyOnWriteArrayList<>();
    private long nextCounter = 1;
    /** What the records held here are charged against the emulator's retained memory. */
    private long retainedBytes;
    private BigInteger endingSequenceNumber;
    private Instant closedAt;

    StreamShard(int index, HashKeys.Range hashRange, String parentShardId, String adjacentParentShardId,
                Instant createdAt) {
        this.id = idOf(index);
        this.index = index;
        this.hashRange = hashRange;
        this.parentShardId = parentShardId;
        this.adjacentParentShardId = adjacentParentShardId;
        this.createdAt = createdAt;
        this.createSecs = createdAt.getEpochSecond();
        this.startingSequenceNumber = SequenceNumbers.of(createSecs, index, 0, createSecs);
    }

    /** A shard as a data directory kept it: where its counter stood, whether it closed, what it holds. */
    static StreamShard restored(int index, HashKeys.Range hashRange, String parentShardId, String adjacentParentShardId,
                                Instant createdAt, long nextCounter, BigInteger endingSequenceNumber, Instant closedAt,
                                List<StoredRecord> records) {
        StreamShard shard = new StreamShard(index, hashRange, parentShardId, adjacentParentShardId, createdAt);
        synchronized (shard) {
            shard.records.addAll(records);
            records.forEach(record -> shard.retainedBytes += RecordFootprint.of(record));
            long counterAfterRecords = records.isEmpty() ? 1
                    : SequenceNumbers.counter(records.get(records.size() - 1).sequenceNumber()) + 1;
            shard.nextCounter = Math.max(nextCounter, counterAfterRecords);
            shard.endingSequenceNumber = endingSequenceNumber;
            shard.closedAt = closedAt;
        }
        return shard;
    }

    /** What changes over a shard's life apart from its records, for a data directory. */
    record Lifecycle(long nextCounter, BigInteger endingSequenceNumber, Instant closedAt) {
    }

    synchronized Lifecycle lifecycle() {
        return new Lifecycle(nextCounter, endingSequenceNumber, closedAt);
    }

    /** Every record still kept, oldest first. */
    synchronized List<StoredRecord> records() {
        return List.copyOf(records);
    }

    static String idOf(int index) {
        return String.format("shardId-%012d", index);
    }

    /** The outcome of an append: the stored record, or null when the shard's throughput refused it. */
    synchronized StoredRecord append(byte[] data, String partitionKey, Instant now, BigInteger orderAfter,
                                     boolean throttled) {
        StoredRecord record = new StoredRecord(null, now, data, partitionKey);
        if (throttled && !throttle.admitWrite(now.toEpochMilli(), record.size())) {
            return null;
        }
        if (orderAfter != null && SequenceNumbers.shardIndex(orderAfter) == index) {
            // SequenceNumberForOrdering promises a number above the given one, even one from our future.
            nextCounter = Math.max(nextCounter, SequenceNumbers.counter(orderAfter) + 1);
        }
        BigInteger sequenceNumber = SequenceNumbers.of(createSecs, index, nextCounter++, now.getEpochSecond());
        StoredRecord stored = new StoredRecord(sequenceNumber, now, data, partitionKey);
        records.add(stored);
        retainedBytes += RecordFootprint.of(stored);
        return stored;
    }

    void notifyAppended() {
        appendListeners.forEach(Runnable::run);
    }

    void addAppendListener(Runnable listener) {
        appendListeners.add(listener);
    }

    void removeAppendListener(Runnable listener) {
        appendListeners.remove(listener);
    }

    synchronized boolean admitRead(long nowMillis) {
        return throttle.admitRead(nowMillis);
    }

    synchronized void recordRead(long nowMillis, long bytes) {
        throttle.recordRead(nowMillis, bytes);
    }

    /** Records from {@code position} on, at most {@code limit} of them and about {@code maxBytes}. */
    synchronized List<StoredRecord> read(BigInteger position, int limit, long maxBytes) {
        List<StoredRecord> out = new ArrayList<>();
        long bytes = 0;
        for (int i = lowerBound(position); i < records.size() && out.size() < limit; i++) {
            StoredRecord record = records.get(i);
            if (!out.isEmpty() && bytes + record.size() > maxBytes) {
                break;
            }
            bytes += record.size();
            out.add(record);
        }
        return out;
    }

    /** The arrival time of the first record at or after {@code position}, or null when there is none yet. */
    synchronized Instant arrivalAt(BigInteger position) {
        int i = lowerBound(position);
        return i < records.size() ? records.get(i).arrival() : null;
    }

    /** The position just past the newest record: where LATEST starts. */
    synchronized BigInteger tip() {
        return records.isEmpty() ? startingSequenceNumber : records.get(records.size() - 1).sequenceNumber()
                .add(BigInteger.ONE);
    }

    /** The position of the oldest record still kept: where TRIM_HORIZON starts. */
    synchronized BigInteger horizon() {
        return records.isEmpty() ? tip() : records.get(0).sequenceNumber();
    }

    /** The position of the first record that arrived at or after {@code time}. */
    synchronized BigInteger positionAt(Instant time) {
        int low = 0;
        int high = records.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (records.get(mid).arrival().isBefore(time)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low < records.size() ? records.get(low).sequenceNumber() : tip();
    }

    /** True once a reader at {@code position} has read everything a closed shard will ever hold. */
    synchronized boolean exhaustedAt(BigInteger position) {
        return endingSequenceNumber != null && lowerBound(position) >= records.size();
    }

    /** Drops the records that arrived before {@code cutoff}: retention is over for them. Answers the bytes freed. */
    synchronized long trim(Instant cutoff) {
        int drop = 0;
        long freed = 0;
        while (drop < records.size() && records.get(drop).arrival().isBefore(cutoff)) {
            freed += RecordFootprint.of(records.get(drop));
            drop++;
        }
        records.subList(0, drop).clear();
        retainedBytes -= freed;
        return freed;
    }

    /** What the records still kept are charged. */
    synchronized long retainedBytes() {
        return retainedBytes;
    }

    synchronized void close(Instant now) {
        if (endingSequenceNumber == null) {
            endingSequenceNumber = SequenceNumbers.of(createSecs, index, nextCounter, now.getEpochSecond());
            closedAt = now;
        }
    }

    /** Null while the shard is open. */
    synchronized Instant closedAt() {
        return closedAt;
    }

    /** True when the shard took writes at {@code time}: created by then and not yet closed. */
    synchronized boolean openAt(Instant time) {
        return !createdAt.isAfter(time) && (closedAt == null || closedAt.isAfter(time));
    }

    synchronized boolean isOpen() {
        return endingSequenceNumber == null;
    }

    /** A closed shard disappears once retention has dropped everything it could hold. */
    synchronized boolean expired(Instant cutoff) {
        return closedAt != null && closedAt.isBefore(cutoff);
    }

    /** This shard as tools show it, with its newest {@code latest} records. */
    synchronized StreamOverview.ShardOverview overview(int latest, String encryptionType) {
        List<Record> newest = records.subList(Math.max(0, records.size() - latest), records.size()).stream()
                .map(record -> record.toApi(encryptionType)).toList();
        return new StreamOverview.ShardOverview(id, parentShardId, adjacentParentShardId,
                startingSequenceNumber.toString(), endingSequenceNumber == null ? null : endingSequenceNumber.toString(),
                records.size(), newest);
    }

    synchronized Shard toApi() {
        return new Shard(id, parentShardId, adjacentParentShardId,
                new HashKeyRange(hashRange.start().toString(), hashRange.end().toString()),
                new SequenceNumberRange(startingSequenceNumber.toString(),
                        endingSequenceNumber == null ? null : endingSequenceNumber.toString()));
    }

    private int lowerBound(BigInteger position) {
        int low = 0;
        int high = records.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (records.get(mid).sequenceNumber().compareTo(position) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
