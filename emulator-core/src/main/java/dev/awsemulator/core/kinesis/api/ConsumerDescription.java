package dev.awsemulator.core.kinesis.api;

import java.time.Instant;

public record ConsumerDescription(String consumerName, String consumerARN, String consumerStatus, Instant consumerCreationTimestamp, String streamARN) {
}
