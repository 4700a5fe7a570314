package dev.awsemulator.core.kinesis.api;

import java.time.Instant;

public record StartingPosition(String type, String sequenceNumber, Instant timestamp) {
}
