package dev.awsemulator.core.kinesis.api;

/** Decimal strings of unsigned 128-bit hash keys, both ends inclusive. */
public record HashKeyRange(String startingHashKey, String endingHashKey) {
}
