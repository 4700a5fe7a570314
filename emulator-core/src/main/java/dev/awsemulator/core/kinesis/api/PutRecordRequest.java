package dev.awsemulator.core.kinesis.api;

public record PutRecordRequest(String streamName, byte[] data, String partitionKey, String explicitHashKey, String sequenceNumberForOrdering, String streamARN) {
}
