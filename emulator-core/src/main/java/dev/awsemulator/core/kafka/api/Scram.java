package dev.awsemulator.core.kafka.api;

public record Scram(Boolean enabled) {
}
