package dev.awsemulator.core.kinesis;

import dev.awsemulator.core.common.Utf8;

/**
 * The heap a stored record holds, as the retained-memory bound charges it: a function of the data and
 * partition key, which never change, so a record releases exactly what it was charged.
 */
final class RecordFootprint {

    /**
     * The record, its sequence number, arrival time, array and key headers and its slot in the shard's
     * log: an upper bound, measured and rounded up, so the bound errs on the safe side. How it was
     * measured: benchmarks/README.md, "Figures behind the code".
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
