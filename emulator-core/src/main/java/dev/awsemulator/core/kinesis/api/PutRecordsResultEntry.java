package dev.awsemulator.core.kinesis.api;

/** Either a sequence number and shard id, or an error code and message. */
public record PutRecordsResultEntry(String sequenceNumber, String shardId, String errorCode, String errorMessage) {
}
