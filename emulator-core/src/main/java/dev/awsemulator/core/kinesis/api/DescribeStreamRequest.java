package dev.awsemulator.core.kinesis.api;

public record DescribeStreamRequest(String streamName, Integer limit, String exclusiveStartShardId, String streamARN) {
}
