package dev.awsemulator.core.kinesis.api;

public record WarmThroughputObject(Integer targetMiBps, Integer currentMiBps) {
}
