package dev.awsemulator.core.kafka.api;

public record NodeExporter(Boolean enabledInBroker) {
}
