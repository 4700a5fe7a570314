package dev.awsemulator.core.kinesis.api;

import java.time.Instant;

public record Consumer(String consumerName, String consumerARN, String consumerStatus, Instant consumerCreationTimestamp) {
}
