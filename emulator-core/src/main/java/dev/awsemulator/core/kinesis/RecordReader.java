package dev.awsemulator.core.kinesis;

import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.kinesis.api.ChildShard;
import dev.awsemulator.core.kinesis.api.DataRecord;
import dev.awsemulator.core.kinesis.api.GetRecordsRequest;
import dev.awsemulator.core.kinesis.api.GetRecordsResult;
import dev.awsemulator.core.kinesis.api.GetShardIteratorRequest;
import dev.awsemulator.core.kinesis.api.GetShardIteratorResult;
import dev.awsemulator.core.kinesis.api.HashKeyRange;
import dev.awsemulator.core.time.Clock;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** GetShardIterator and GetRecords: positions in a shard's log and reading from them. */
final class RecordReader {

    static final long MAX_READ_BYTES = 10 * ShardThrottle.MIB;
    private static final int MAX_LIMIT = 10_000;

    private final Clock clock;
    private final StreamRegistry streams;
    private final boolean throttled;

    RecordReader(Clock clock, StreamRegistry streams, boolean throttled) {
        this.clock = clock;
        this.streams = streams;
        this.throttled = throttled;
    }

    GetShardIteratorResult getShardIterator(Stream stream, GetShardIteratorRequest request) {
        ModelConstraints.name(request.shardId(), "shardId");
        Instant now = clock.now();
        StreamShard shard = existingShard(stream, request.shardId(), now);
        BigInteger position = StartingPositions.resolve(stream, shard, request.shardIteratorType(),
                request.startingSequenceNumber(), request.timestamp());
        return new GetShardIteratorResult(ShardIterators.encode(new ShardIterators.Position(stream.key,
                stream.createdAt.toEpochMilli(), shard.id, position, now)));
    }

    GetRecordsResult getRecords(GetRecordsRequest request) {
        String token = ModelConstraints.required(request.shardIterator(), "shardIterator");
        ModelConstraints.length(token, "shardIterator", 1, 512);
        ModelConstraints.range(request.limit(), "limit", 1, Integer.MAX_VALUE);
        if (request.limit() != null && request.limit() > MAX_LIMIT) {
            throw ModelConstraints.invalidArgument("1 validation error detected: Value '" + request.limit()
                    + "' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 10000");
        }
        Instant now = clock.now();
        ShardIterators.Position iterator = ShardIterators.decode(token, now);
        Stream stream = streams.find(iterator.stream());
        if (stream.createdAt.toEpochMilli() != iterator.streamCreatedMillis()) {
            throw ShardIterators.invalid();
        }
        StreamShard shard = existingShard(stream, iterator.shardId(), now);
        if (throttled && !shard.admitRead(now.toEpochMilli())) {
            throw RecordWriter.rateExceeded(stream, shard);
        }
        Batch batch = read(stream, shard, iterator.position(), request.limit() == null ? MAX_LIMIT : request.limit(),
                now);
        if (throttled) {
            shard.recordRead(now.toEpochMilli(), batch.bytes());
        }
        String next = batch.next() == null ? null : ShardIterators.encode(new ShardIterators.Position(stream.key,
                iterator.streamCreatedMillis(), shard.id, batch.next(), now));
        return new GetRecordsResult(batch.records(), next, batch.millisBehindLatest(), batch.childShards());
    }

    /**
     * What a reader at {@code position} gets next: records, where to continue (null once a closed shard
     * is fully read), how far behind the tip it is, and the child shards at the end of a closed shard.
     */
    record Batch(List<DataRecord> records, long bytes, BigInteger next, long millisBehindLatest,
                 List<ChildShard> childShards) {
    }

    static Batch read(Stream stream, StreamShard shard, BigInteger position, int limit, Instant now) {
        StreamShard.Slice slice = shard.read(position, limit, MAX_READ_BYTES);
        List<StoredRecord> stored = slice.records();
        BigInteger next = stored.isEmpty() ? position
                : new BigInteger(stored.get(stored.size() - 1).sequenceNumber()).add(BigInteger.ONE);
        List<DataRecord> records = new ArrayList<>(stored.size());
        for (StoredRecord record : stored) {
            records.add(record.toApi(stream.recordEncryption()));
        }
        long bytes = slice.bytes();
        Instant behind = shard.arrivalAt(next);
        long millisBehind = behind == null ? 0 : Math.max(0, now.toEpochMilli() - behind.toEpochMilli());
        if (shard.exhaustedAt(next)) {
            return new Batch(records, bytes, null, millisBehind, childShards(stream, shard, now));
        }
        return new Batch(records, bytes, next, millisBehind, null);
    }

    static List<ChildShard> childShards(Stream stream, StreamShard parent, Instant now) {
        List<ChildShard> children = new ArrayList<>();
        for (StreamShard shard : stream.shards(now)) {
            if (parent.id.equals(shard.parentShardId) || parent.id.equals(shard.adjacentParentShardId)) {
                List<String> parents = shard.adjacentParentShardId == null ? List.of(shard.parentShardId)
                        : List.of(shard.parentShardId, shard.adjacentParentShardId);
                children.add(new ChildShard(shard.id, parents, new HashKeyRange(shard.hashRange.start().toString(),
                        shard.hashRange.end().toString())));
            }
        }
        return children;
    }

    static StreamShard existingShard(Stream stream, String shardId, Instant now) {
        StreamShard shard = stream.shard(shardId, now);
        if (shard == null) {
            throw shardNotFound(stream, shardId);
        }
        return shard;
    }

    static AwsException shardNotFound(Stream stream, String shardId) {
        return KinesisError.RESOURCE_NOT_FOUND.exception("Shard " + shardId + " in stream " + stream.name()
                + " under account " + stream.key.accountId() + " does not exist");
    }
}
