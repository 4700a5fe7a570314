package dev.awsemulator.core.kinesis.api;

import java.time.Instant;

public record MinimumThroughputBillingCommitmentOutput(String status, Instant startedAt, Instant endedAt, Instant earliestAllowedEndAt) {
}
