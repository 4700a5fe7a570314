package dev.awsemulator.core.kafka.api;

public record Unauthenticated(Boolean enabled) {
}
