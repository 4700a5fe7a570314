package dev.awsemulator.junit;

import dev.awsemulator.core.kinesis.api.DataRecord;

import java.time.Instant;

/**
 * A record a Kinesis stream keeps, as {@link Inspection#streamRecords} reads it.
 *
 * @param encryptionType {@code NONE} or {@code KMS}
 */
public record StreamRecord(String sequenceNumber, Instant approximateArrivalTimestamp, byte[] data,
                           String partitionKey, String encryptionType) {

    static StreamRecord of(DataRecord record) {
        return new StreamRecord(record.sequenceNumber(), record.approximateArrivalTimestamp(), record.data(),
                record.partitionKey(), record.encryptionType());
    }
}
