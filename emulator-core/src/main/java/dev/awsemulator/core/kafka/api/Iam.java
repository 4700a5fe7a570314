package dev.awsemulator.core.kafka.api;

public record Iam(Boolean enabled) {
}
