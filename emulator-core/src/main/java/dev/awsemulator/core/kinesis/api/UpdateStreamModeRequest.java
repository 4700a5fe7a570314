package dev.awsemulator.core.kinesis.api;

public record UpdateStreamModeRequest(String streamARN, StreamModeDetails streamModeDetails, Integer warmThroughputMiBps) {
}
