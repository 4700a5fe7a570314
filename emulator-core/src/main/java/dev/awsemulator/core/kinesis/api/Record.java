package dev.awsemulator.core.kinesis.api;

import java.time.Instant;

public record Record(String sequenceNumber, Instant approximateArrivalTimestamp, byte[] data, String partitionKey, String encryptionType) {
}
