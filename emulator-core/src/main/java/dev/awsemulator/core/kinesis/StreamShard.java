package dev.awsemulator.core.kinesis;

import dev.awsemulator.core.kinesis.api.DataRecord;
import dev.awsemulator.core.kinesis.api.HashKeyRange;
import dev.awsemulator.core.kinesis.api.SequenceNumberRange;
import dev.awsemulator.core.kinesis.api.Shard;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
    private final RecordLog records = new RecordLog();
    private final SequenceNumberWriter appendedNumbers;
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
        this.appendedNumbers = new SequenceNumberWriter(createSecs, index);
    }

    /** A shard as a data directory kept it: where its counter stood, whether it closed, what it holds. */
    static StreamShard restored(int index, HashKeys.Range hashRange, String parentShardId, String adjacentParentShardId,
                                Instant createdAt, long nextCounter, BigInteger endingSequenceNumber, Instant closedAt,
                                List<StoredRecord> records) {
        StreamShard shard = new StreamShard(index, hashRange, parentShardId, adjacentParentShardId, createdAt);
        synchronized (shard) {
            long counterAfterRecords = 1;
            for (Counted record : counted(records)) {
                shard.records.append(record.counter(), EpochNanos.of(record.record().arrival()),
                        record.record().partitionKey().getBytes(StandardCharsets.UTF_8), record.record().data());
                shard.retainedBytes += RecordFootprint.of(record.record());
                counterAfterRecords = record.counter() + 1;
            }
            shard.nextCounter = Math.max(nextCounter, counterAfterRecords);
            shard.endingSequenceNumber = endingSequenceNumber;
            shard.closedAt = closedAt;
        }
        return shard;
    }

    /** A restored record with the counter its sequence number holds, which orders a shard's records. */
    private record Counted(long counter, StoredRecord record) {
    }

    private static List<Counted> counted(List<StoredRecord> records) {
        return records.stream()
                .map(record -> new Counted(SequenceNumbers.counter(new BigInteger(record.sequenceNumber())), record))
                .sorted(Comparator.comparingLong(Counted::counter))
                .toList();
    }

    /** What changes over a shard's life apart from its records, for a data directory. */
    record Lifecycle(long nextCounter, BigInteger endingSequenceNumber, Instant closedAt) {
    }

    synchronized Lifecycle lifecycle() {
        return new Lifecycle(nextCounter, endingSequenceNumber, closedAt);
    }

    /** Every record still kept, oldest first. */
    synchronized List<StoredRecord> records() {
        List<StoredRecord> all = new ArrayList<>(records.size());
        SequenceNumberWriter numbers = numbers();
        for (int i = 0; i < records.size(); i++) {
            all.add(record(i, numbers));
        }
        return all;
    }

    static String idOf(int index) {
        return String.format("shardId-%012d", index);
    }

    /**
     * The outcome of an append: the record as stored, or null when the shard's throughput refused it.
     * The shard copies {@code data}; the answer refers to the caller's array.
     */
    synchronized StoredRecord append(byte[] data, String partitionKey, Instant now, BigInteger orderAfter,
                                     boolean throttled) {
        byte[] key = partitionKey.getBytes(StandardCharsets.UTF_8);
        if (throttled && !throttle.admitWrite(now.toEpochMilli(), key.length + (long) data.length)) {
            return null;
        }
        if (orderAfter != null && SequenceNumbers.shardIndex(orderAfter) == index) {
            // SequenceNumberForOrdering promises a number above the given one, even one from our future.
            nextCounter = Math.max(nextCounter, SequenceNumbers.counter(orderAfter) + 1);
        }
        long counter = nextCounter++;
        records.append(counter, EpochNanos.of(now), key, data);
        retainedBytes += RecordFootprint.of(data.length, key.length);
        return new StoredRecord(appendedNumbers.format(counter, now.getEpochSecond()), now, data, partitionKey);
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

    /** Records read at once, and their size as the read limits count it. */
    record Slice(List<StoredRecord> records, long bytes) {
    }

    /** Records from {@code position} on, at most {@code limit} of them and about {@code maxBytes}. */
    synchronized Slice read(BigInteger position, int limit, long maxBytes) {
        List<StoredRecord> out = new ArrayList<>();
        SequenceNumberWriter numbers = numbers();
        long bytes = 0;
        for (int i = lowerBound(position); i < records.size() && out.size() < limit; i++) {
            if (!out.isEmpty() && bytes + records.bytes(i) > maxBytes) {
                break;
            }
            bytes += records.bytes(i);
            out.add(record(i, numbers));
        }
        return new Slice(out, bytes);
    }

    /** The arrival time of the first record at or after {@code position}, or null when there is none yet. */
    synchronized Instant arrivalAt(BigInteger position) {
        int i = lowerBound(position);
        return i < records.size() ? EpochNanos.instant(records.arrivalNanos(i)) : null;
    }

    /** The position just past the newest record: where LATEST starts. */
    synchronized BigInteger tip() {
        return records.isEmpty() ? startingSequenceNumber : sequenceNumber(records.size() - 1).add(BigInteger.ONE);
    }

    /** The position of the oldest record still kept: where TRIM_HORIZON starts. */
    synchronized BigInteger horizon() {
        return records.isEmpty() ? tip() : sequenceNumber(0);
    }

    /** The position of the first record that arrived at or after {@code time}. */
    synchronized BigInteger positionAt(Instant time) {
        int low = firstArrivedAtOrAfter(EpochNanos.of(time));
        return low < records.size() ? sequenceNumber(low) : tip();
    }

    /** True once a reader at {@code position} has read everything a closed shard will ever hold. */
    synchronized boolean exhaustedAt(BigInteger position) {
        return endingSequenceNumber != null && lowerBound(position) >= records.size();
    }

    /** Drops the records that arrived before {@code cutoff} (retention is over for them); answers what they were charged. */
    synchronized long trim(Instant cutoff) {
        long cutoffNanos = EpochNanos.of(cutoff);
        int drop = 0;
        while (drop < records.size() && records.arrivalNanos(drop) < cutoffNanos) {
            drop++;
        }
        long freed = drop * RecordFootprint.PER_RECORD + records.dropOldest(drop);
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
        List<DataRecord> newest = new ArrayList<>();
        SequenceNumberWriter numbers = numbers();
        for (int i = Math.max(0, records.size() - latest); i < records.size(); i++) {
            newest.add(record(i, numbers).toApi(encryptionType));
        }
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

    /** Writes the numbers of records read in order, one reader at a time. */
    private SequenceNumberWriter numbers() {
        return new SequenceNumberWriter(createSecs, index);
    }

    private StoredRecord record(int i, SequenceNumberWriter numbers) {
        long arrival = records.arrivalNanos(i);
        return new StoredRecord(numbers.format(records.counter(i), Math.floorDiv(arrival, EpochNanos.PER_SECOND)),
                EpochNanos.instant(arrival), records.data(i), records.partitionKey(i));
    }

    /** A record's number is not kept: the shard's creation and index, its counter and arrival second make it. */
    private BigInteger sequenceNumber(int i) {
        return SequenceNumbers.of(createSecs, index, records.counter(i),
                Math.floorDiv(records.arrivalNanos(i), EpochNanos.PER_SECOND));
    }

    private int lowerBound(BigInteger position) {
        int low = 0;
        int high = records.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sequenceNumber(mid).compareTo(position) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Arrivals never decrease along the log (one clock, appends under the monitor), so this can bisect. */
    private int firstArrivedAtOrAfter(long nanos) {
        int low = 0;
        int high = records.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (records.arrivalNanos(mid) < nanos) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

}
