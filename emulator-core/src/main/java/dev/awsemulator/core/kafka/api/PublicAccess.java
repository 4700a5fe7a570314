package dev.awsemulator.core.kafka.api;

public record PublicAccess(String type) {
}
