package dev.awsemulator.core.kafka.api;

public record ProvisionedThroughput(Boolean enabled, Integer volumeThroughput) {
}
