package dev.awsemulator.core.kafka.api;

public record ConfigurationInfo(String arn, Long revision) {
}
