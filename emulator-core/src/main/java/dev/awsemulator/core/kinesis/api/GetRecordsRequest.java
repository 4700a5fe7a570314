package dev.awsemulator.core.kinesis.api;

public record GetRecordsRequest(String shardIterator, Integer limit, String streamARN) {
}
