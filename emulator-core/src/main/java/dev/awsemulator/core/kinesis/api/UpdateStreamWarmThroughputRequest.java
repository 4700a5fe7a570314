package dev.awsemulator.core.kinesis.api;

public record UpdateStreamWarmThroughputRequest(String streamARN, String streamName, Integer warmThroughputMiBps) {
}
