package dev.awsemulator.core.kafka.api;

public record Firehose(String deliveryStream, Boolean enabled) {
}
