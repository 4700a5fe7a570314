package dev.awsemulator.core.kinesis.api;

public record UpdateAccountSettingsRequest(MinimumThroughputBillingCommitmentInput minimumThroughputBillingCommitment) {
}
