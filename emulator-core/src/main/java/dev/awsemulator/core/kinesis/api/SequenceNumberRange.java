package dev.awsemulator.core.kinesis.api;

/** The ending sequence number is null while the shard is open. */
public record SequenceNumberRange(String startingSequenceNumber, String endingSequenceNumber) {
}
