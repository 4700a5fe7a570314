package dev.awsemulator.core.kinesis.api;

public record DescribeAccountSettingsResult(MinimumThroughputBillingCommitmentOutput minimumThroughputBillingCommitment) {
}
