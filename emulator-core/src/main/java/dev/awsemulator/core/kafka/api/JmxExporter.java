package dev.awsemulator.core.kafka.api;

public record JmxExporter(Boolean enabledInBroker) {
}
