package dev.awsemulator.core.kafka.api;

public record JmxExporterInfo(Boolean enabledInBroker) {
}
