package dev.awsemulator.core.kinesis.api;

/** The input of DescribeStreamConsumer and DeregisterStreamConsumer: a consumer ARN, or a stream ARN and consumer name. */
public record StreamConsumerRequest(String streamARN, String consumerName, String consumerARN) {
}
