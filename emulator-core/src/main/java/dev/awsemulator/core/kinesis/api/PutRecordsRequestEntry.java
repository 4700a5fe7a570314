package dev.awsemulator.core.kinesis.api;

public record PutRecordsRequestEntry(byte[] data, String explicitHashKey, String partitionKey) {
}
