package dev.awsemulator.core.kinesis;

import dev.awsemulator.core.kinesis.api.DataRecord;

import java.time.Instant;

/**
 * One record of a shard as it is read out, journaled or restored; a shard's {@link RecordLog} keeps
 * no such objects. The API record is made on the way out.
 */
record StoredRecord(String sequenceNumber, Instant arrival, byte[] data, String partitionKey) {

    DataRecord toApi(String encryptionType) {
        return new DataRecord(sequenceNumber, arrival, data, partitionKey, encryptionType);
    }
}
