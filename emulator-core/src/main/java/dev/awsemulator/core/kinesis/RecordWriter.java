package dev.awsemulator.core.kinesis;

import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.common.RetainedMemory;
import dev.awsemulator.core.kinesis.api.PutRecordRequest;
import dev.awsemulator.core.kinesis.api.PutRecordResult;
import dev.awsemulator.core.kinesis.api.PutRecordsRequest;
import dev.awsemulator.core.kinesis.api.PutRecordsRequestEntry;
import dev.awsemulator.core.kinesis.api.PutRecordsResult;
import dev.awsemulator.core.kinesis.api.PutRecordsResultEntry;
import dev.awsemulator.core.time.Clock;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** PutRecord and PutRecords: validation, routing by hash key, and the per-shard write limits. */
final class RecordWriter {

    private static final long MAX_REQUEST_BYTES = 10 * ShardThrottle.MIB;
    private static final int MAX_RECORDS = 500;

    private final Clock clock;
    private final boolean throttled;
    private final StreamJournal journal;

    RecordWriter(Clock clock, boolean throttled, StreamJournal journal) {
        this.clock = clock;
        this.throttled = throttled;
        this.journal = journal;
    }

    PutRecordResult putRecord(Stream stream, PutRecordRequest request) {
        BigInteger hashKey = checkRecord(stream, request.data(), request.partitionKey(), request.explicitHashKey(), "");
        BigInteger orderAfter = null;
        if (request.sequenceNumberForOrdering() != null) {
            orderAfter = SequenceNumbers.parse(request.sequenceNumberForOrdering());
            if (orderAfter == null) {
                throw ModelConstraints.failed("'" + request.sequenceNumberForOrdering() + "'",
                        "sequenceNumberForOrdering",
                        "Member must satisfy regular expression pattern: 0|([1-9]\\d{0,128})");
            }
        }
        checkWritable(stream);
        reserve(stream, RecordFootprint.of(request.data(), request.partitionKey()));
        Stream.Appended appended = stream.append(hashKey, request.data(), request.partitionKey(),
                clock.now(), orderAfter, throttled);
        if (appended.record() == null) {
            throw rateExceeded(stream, appended.shard());
        }
        journal.appended(stream, appended.shard(), appended.record());
        appended.shard().notifyAppended();
        return new PutRecordResult(appended.shard().id, appended.record().sequenceNumber(),
                stream.encryptionType.name());
    }

    PutRecordsResult putRecords(Stream stream, PutRecordsRequest request) {
        List<PutRecordsRequestEntry> entries = ModelConstraints.required(request.records(), "records");
        ModelConstraints.size(entries, "records", 1, MAX_RECORDS);
        List<BigInteger> hashKeys = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < entries.size(); i++) {
            PutRecordsRequestEntry entry = entries.get(i);
            String member = "records." + (i + 1) + ".member.";
            hashKeys.add(checkRecord(stream, entry.data(), entry.partitionKey(), entry.explicitHashKey(), member));
            total += entry.data().length + (long) entry.partitionKey().length();
        }
        if (total > MAX_REQUEST_BYTES) {
            throw ModelConstraints.invalidArgument("Records size exceeds 10 MB limit");
        }
        checkWritable(stream);
        long[] footprints = entries.stream()
                .mapToLong(entry -> RecordFootprint.of(entry.data(), entry.partitionKey())).toArray();
        reserve(stream, Arrays.stream(footprints).sum());
        Instant now = clock.now();
        List<PutRecordsResultEntry> results = new ArrayList<>();
        Set<StreamShard> touched = new LinkedHashSet<>();
        int failed = 0;
        for (int i = 0; i < entries.size(); i++) {
            PutRecordsRequestEntry entry = entries.get(i);
            Stream.Appended appended;
            try {
                appended = stream.append(hashKeys.get(i), entry.data(), entry.partitionKey(), now, null, throttled);
            } catch (AwsException deleted) {
                // The stream went meanwhile: the records not yet offered give their reservation back too.
                stream.memory().release(Arrays.stream(footprints, i + 1, footprints.length).sum());
                throw deleted;
            }
            if (appended.record() == null) {
                failed++;
                results.add(new PutRecordsResultEntry(null, null, KinesisError.PROVISIONED_THROUGHPUT_EXCEEDED.code(),
                        rateExceeded(stream, appended.shard()).getMessage()));
            } else {
                journal.appended(stream, appended.shard(), appended.record());
                touched.add(appended.shard());
                results.add(new PutRecordsResultEntry(appended.record().sequenceNumber(),
                        appended.shard().id, null, null));
            }
        }
        touched.forEach(StreamShard::notifyAppended);
        return new PutRecordsResult(failed, results, stream.encryptionType.name());
    }

    /** Checks one record's members and answers the hash key that routes it. */
    private static BigInteger checkRecord(Stream stream, byte[] data, String partitionKey, String explicitHashKey,
                                          String member) {
        ModelConstraints.required(data, member + "data");
        ModelConstraints.required(partitionKey, member + "partitionKey");
        ModelConstraints.length(partitionKey, member + "partitionKey", 1, 256);
        long maxBytes = stream.maxRecordSizeKiB * 1024L;
        if (data.length > maxBytes) {
            throw ModelConstraints.failed("java.nio.HeapByteBuffer[pos=0 lim=" + data.length + " cap=" + data.length
                    + "]", member + "data", "Member must have length less than or equal to " + maxBytes);
        }
        if (explicitHashKey == null) {
            return HashKeys.ofPartitionKey(partitionKey);
        }
        ModelConstraints.pattern(explicitHashKey, member + "explicitHashKey", HashKeys.DECIMAL);
        BigInteger key = HashKeys.parse(explicitHashKey);
        if (key == null) {
            throw ModelConstraints.invalidArgument("Invalid ExplicitHashKey. ExplicitHashKey must be in the range: "
                    + "[0, 2^128-1]. Specified value was " + explicitHashKey);
        }
        return key;
    }

    /** AWS keeps accepting writes while a stream is UPDATING or DELETING, but not while CREATING. */
    private static void checkWritable(Stream stream) {
        if (stream.status == StreamStatus.CREATING) {
            throw StreamRegistry.notFound(stream.key);
        }
    }

    /**
     * Takes the retained memory the request's records will hold, or refuses the whole request before any
     * record is stored; the stream gives a record's share back if it does not keep it.
     */
    private static void reserve(Stream stream, long bytes) {
        RetainedMemory memory = stream.memory();
        if (!memory.tryReserve(bytes)) {
            throw KinesisError.LIMIT_EXCEEDED.exception(memory.exhausted());
        }
    }

    static AwsException rateExceeded(Stream stream, StreamShard shard) {
        return KinesisError.PROVISIONED_THROUGHPUT_EXCEEDED.exception("Rate exceeded for shard " + shard.id
                + " in stream " + stream.name() + " under account " + stream.key.accountId() + ".");
    }
}
