package dev.awsemulator.core.kinesis.api;

public record DescribeStreamConsumerResult(ConsumerDescription consumerDescription) {
}
