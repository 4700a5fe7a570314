package dev.awsemulator.core.kinesis.api;

public record UpdateStreamWarmThroughputResult(String streamARN, String streamName, WarmThroughputObject warmThroughput) {
}
