package dev.awsemulator.core.kinesis;

import dev.awsemulator.core.common.Utf8;

/**
 * The heap a stored record holds, as the retained-memory bound charges it: a function of the data and
 * partition key, which never change, so a record releases exactly what it was charged.
 */
final class RecordFootprint {

    /**
     * The record, its sequence number, arrival time, array and key headers and its slot in the shard's
     * log. Measured through KinesisService.putRecords: heap used after 200,000 records with empty data and
     * a one-character partition key minus heap used before, each after System.gc() (SerialGC, JDK 17),
     * divided by 200,000: 157 bytes a record; rounded up. Since records are packed into the shard's byte
     * chunks, a 100-byte record holds about 175 bytes in all (1 M records, after a full GC), so this errs
     * further on the safe side.
     */
    static final long PER_RECORD = 192;

    private RecordFootprint() {
    }

    static long of(StoredRecord record) {
        return of(record.data(), record.partitionKey());
    }

    /** The key counts its UTF-8 bytes, as a shard keeps it. */
    static long of(byte[] data, String partitionKey) {
        return of(data.length, (int) Utf8.length(partitionKey));
    }

    static long of(int dataBytes, int keyBytes) {
        return PER_RECORD + dataBytes + keyBytes;
    }
}
