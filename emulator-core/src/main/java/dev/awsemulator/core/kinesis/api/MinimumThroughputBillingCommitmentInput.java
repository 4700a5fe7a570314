package dev.awsemulator.core.kinesis.api;

public record MinimumThroughputBillingCommitmentInput(String status) {
}
