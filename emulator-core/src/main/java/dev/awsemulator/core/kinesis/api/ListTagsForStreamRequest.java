package dev.awsemulator.core.kinesis.api;

public record ListTagsForStreamRequest(String streamName, String exclusiveStartTagKey, Integer limit, String streamARN) {
}
