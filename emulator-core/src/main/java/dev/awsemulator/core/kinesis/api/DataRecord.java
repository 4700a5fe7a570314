package dev.awsemulator.core.kinesis.api;

import java.time.Instant;

public record DataRecord(String sequenceNumber, Instant approximateArrivalTimestamp, byte[] data, String partitionKey, String encryptionType) {
}
