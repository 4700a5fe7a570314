package dev.awsemulator.core.kinesis.api;

public record DescribeStreamResult(StreamDescription streamDescription) {
}
