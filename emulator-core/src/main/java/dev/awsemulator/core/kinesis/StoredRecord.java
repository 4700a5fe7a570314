package dev.awsemulator.core.kinesis;

import dev.awsemulator.core.kinesis.api.Record;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** A record as a shard keeps it; the API record is made on the way out. */
record StoredRecord(BigInteger sequenceNumber, Instant arrival, byte[] data, String partitionKey) {

    /** What counts against the size limits: data plus partition key, as AWS counts. */
    long size() {
        return data.length + (long) partitionKey.getBytes(StandardCharsets.UTF_8).length;
    }

    Record toApi(String encryptionType) {
        return new Record(sequenceNumber.toString(), arrival, data.clone(), partitionKey, encryptionType);
    }
}
