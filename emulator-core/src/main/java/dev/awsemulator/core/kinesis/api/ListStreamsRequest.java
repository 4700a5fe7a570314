package dev.awsemulator.core.kinesis.api;

public record ListStreamsRequest(Integer limit, String exclusiveStartStreamName, String nextToken) {
}
