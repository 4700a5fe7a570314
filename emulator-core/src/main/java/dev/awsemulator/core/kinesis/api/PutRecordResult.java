package dev.awsemulator.core.kinesis.api;

public record PutRecordResult(String shardId, String sequenceNumber, String encryptionType) {
}
