package dev.awsemulator.core.kinesis.api;

/** The input of DescribeStreamSummary: a stream by name or ARN (AWS accepts either, or both if they agree). */
public record StreamRequest(String streamName, String streamARN) {
}
