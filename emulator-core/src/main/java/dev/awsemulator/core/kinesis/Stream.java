package dev.awsemulator.core.kinesis;

import dev.awsemulator.core.common.RetainedMemory;
import dev.awsemulator.core.common.TagMap;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A stream: its shard map, settings and consumers. Writers hold the shard map's read lock while they
 * append, so all shards take writes in parallel; a reshard holds the write lock, so no record lands in a
 * shard after it closed.
 */
final class Stream {

    static final int DEFAULT_RETENTION_HOURS = 24;
    static final int DEFAULT_MAX_RECORD_SIZE_KIB = 1024;

    final StreamKey key;
    final String arn;
    final Instant createdAt;
    final String streamId;
    final TagMap tags = new TagMap();
    final Map<String, StreamConsumer> consumers = new ConcurrentHashMap<>();
    private final ReadWriteLock shardLock = new ReentrantReadWriteLock();
    private final List<StreamShard> shards = new ArrayList<>();
    private final Set<String> shardLevelMetrics = new LinkedHashSet<>();
    private int nextShardIndex;
    /** Charged for every record kept; the registry attaches the emulator's when it adds the stream. */
    private volatile RetainedMemory memory = RetainedMemory.unbounded();
    /** Set once the stream left the registry: its records are released and it keeps no new ones. */
    private boolean discarded;
    volatile StreamStatus status = StreamStatus.CREATING;
    volatile StreamMode streamMode;
    volatile int retentionHours = DEFAULT_RETENTION_HOURS;
    volatile EncryptionType encryptionType = EncryptionType.NONE;
    volatile String keyId;
    volatile int maxRecordSizeKiB = DEFAULT_MAX_RECORD_SIZE_KIB;
    volatile Integer warmThroughputMiBps;
    final AtomicReference<String> policy = new AtomicReference<>();

    Stream(StreamKey key, StreamMode streamMode, Instant createdAt, String streamId) {
        this.key = key;
        this.arn = key.arn();
        this.streamMode = streamMode;
        this.createdAt = createdAt;
        this.streamId = streamId;
    }

    String name() {
        return key.name();
    }

    /** The encryption type records report: null when unencrypted, as AWS omits it then. */
    String recordEncryption() {
        return encryptionType == EncryptionType.KMS ? EncryptionType.KMS.name() : null;
    }

    /** Adds the first shards, splitting the key space evenly. */
    void addInitialShards(int count, Instant now) {
        reshard(List.of(), HashKeys.split(count).stream()
                .map(range -> new ShardPlan(range, null, null)).toList(), now);
    }

    /** A shard to be created: its key range and the parents it replaces. */
    record ShardPlan(HashKeys.Range range, String parentShardId, String adjacentParentShardId) {
    }

    /** Closes {@code closing} and opens the planned shards, atomically for writers. */
    List<StreamShard> reshard(List<StreamShard> closing, List<ShardPlan> plans, Instant now) {
        shardLock.writeLock().lock();
        try {
            closing.forEach(shard -> shard.close(now));
            List<StreamShard> added = new ArrayList<>();
            for (ShardPlan plan : plans) {
                added.add(new StreamShard(nextShardIndex++, plan.range(), plan.parentShardId(),
                        plan.adjacentParentShardId(), now));
            }
            shards.addAll(added);
            return added;
        } finally {
            shardLock.writeLock().unlock();
        }
    }

    /** The memory the stream's records are charged against. */
    RetainedMemory memory() {
        return memory;
    }

    /** Starts charging {@code retained} for the records kept, those restored included. */
    void attach(RetainedMemory retained) {
        shardLock.writeLock().lock();
        try {
            memory = retained;
            shards.forEach(shard -> retained.charge(shard.retainedBytes()));
        } finally {
            shardLock.writeLock().unlock();
        }
    }

    /** Releases every record: the stream is gone. An append still on its way is refused, not kept. */
    void discard() {
        shardLock.writeLock().lock();
        try {
            if (!discarded) {
                discarded = true;
                shards.forEach(shard -> memory.release(shard.retainedBytes()));
            }
        } finally {
            shardLock.writeLock().unlock();
        }
    }

    /**
     * Appends to the open shard that owns {@code hashKey}; the shard map cannot change meanwhile. The
     * caller has reserved the record's footprint: it is released here if the record is not kept.
     * Answers the shard and the stored record, or a null record when throughput refused it.
     */
    Appended append(BigInteger hashKey, byte[] data, String partitionKey, Instant now, BigInteger orderAfter,
                    boolean throttled) {
        shardLock.readLock().lock();
        try {
            if (discarded) {
                memory.release(RecordFootprint.of(data, partitionKey));
                throw StreamRegistry.notFound(key);
            }
            // A plain loop: this runs for every record written, and a stream pipeline per record showed in profiles.
            for (StreamShard shard : shards) {
                if (shard.isOpen() && shard.hashRange.contains(hashKey)) {
                    StoredRecord stored = shard.append(data, partitionKey, now, orderAfter, throttled);
                    if (stored == null) {
                        memory.release(RecordFootprint.of(data, partitionKey));
                    }
                    return new Appended(shard, stored);
                }
            }
            throw new IllegalStateException("open shards cover the key space");
        } finally {
            shardLock.readLock().unlock();
        }
    }

    record Appended(StreamShard shard, StoredRecord record) {
    }

    /** Every shard still visible, in creation order, after dropping what retention has ended. */
    List<StreamShard> shards(Instant now) {
        shardLock.writeLock().lock();
        try {
            dropExpired(now);
            return List.copyOf(shards);
        } finally {
            shardLock.writeLock().unlock();
        }
    }

    /** Drops the records and closed shards whose retention period is over, and releases their memory. */
    void dropExpired(Instant now) {
        Instant cutoff = now.minus(Duration.ofHours(retentionHours));
        shardLock.writeLock().lock();
        try {
            for (Iterator<StreamShard> it = shards.iterator(); it.hasNext(); ) {
                StreamShard shard = it.next();
                long freed;
                if (shard.expired(cutoff)) {
                    freed = shard.retainedBytes();
                    it.remove();
                } else {
                    freed = shard.trim(cutoff);
                }
                if (!discarded) {
                    memory.release(freed);
                }
            }
        } finally {
            shardLock.writeLock().unlock();
        }
    }

    List<StreamShard> openShards(Instant now) {
        return shards(now).stream().filter(StreamShard::isOpen).toList();
    }

    StreamShard shard(String shardId, Instant now) {
        return shards(now).stream().filter(shard -> shard.id.equals(shardId)).findFirst().orElse(null);
    }

    /** Every shard, without dropping expired ones: what a data directory keeps. */
    List<StreamShard> allShards() {
        shardLock.readLock().lock();
        try {
            return List.copyOf(shards);
        } finally {
            shardLock.readLock().unlock();
        }
    }

    int nextShardIndex() {
        shardLock.readLock().lock();
        try {
            return nextShardIndex;
        } finally {
            shardLock.readLock().unlock();
        }
    }

    /** Puts back the shard map a data directory kept. */
    void restoreShards(List<StreamShard> restored, int nextIndex) {
        shardLock.writeLock().lock();
        try {
            shards.addAll(restored);
            nextShardIndex = nextIndex;
        } finally {
            shardLock.writeLock().unlock();
        }
    }

    synchronized List<String> metrics() {
        return List.copyOf(shardLevelMetrics);
    }

    synchronized void changeMetrics(List<String> metrics, boolean enable) {
        List<String> expanded = metrics.contains("ALL") ? EnhancedMonitoring.ALL_METRICS : metrics;
        if (enable) {
            shardLevelMetrics.addAll(expanded);
        } else {
            shardLevelMetrics.removeAll(expanded);
        }
    }
}
