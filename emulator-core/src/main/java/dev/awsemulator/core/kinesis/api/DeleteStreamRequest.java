package dev.awsemulator.core.kinesis.api;

public record DeleteStreamRequest(String streamName, Boolean enforceConsumerDeletion, String streamARN) {
}
