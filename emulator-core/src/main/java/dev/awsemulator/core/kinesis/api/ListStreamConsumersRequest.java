package dev.awsemulator.core.kinesis.api;

import java.time.Instant;

public record ListStreamConsumersRequest(String streamARN, String nextToken, Integer maxResults, Instant streamCreationTimestamp) {
}
