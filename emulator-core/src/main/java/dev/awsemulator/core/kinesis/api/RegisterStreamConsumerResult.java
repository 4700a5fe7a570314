package dev.awsemulator.core.kinesis.api;

public record RegisterStreamConsumerResult(Consumer consumer) {
}
