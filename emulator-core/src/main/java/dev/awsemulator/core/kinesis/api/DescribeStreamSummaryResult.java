package dev.awsemulator.core.kinesis.api;

public record DescribeStreamSummaryResult(StreamDescriptionSummary streamDescriptionSummary) {
}
