package dev.awsemulator.core.kinesis.api;

/** The input of IncreaseStreamRetentionPeriod and DecreaseStreamRetentionPeriod. */
public record RetentionPeriodRequest(String streamName, Integer retentionPeriodHours, String streamARN) {
}
