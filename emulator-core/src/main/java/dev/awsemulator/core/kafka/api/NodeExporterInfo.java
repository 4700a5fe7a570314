package dev.awsemulator.core.kafka.api;

public record NodeExporterInfo(Boolean enabledInBroker) {
}
