package dev.awsemulator.core.kinesis.api;

public record UpdateAccountSettingsResult(MinimumThroughputBillingCommitmentOutput minimumThroughputBillingCommitment) {
}
