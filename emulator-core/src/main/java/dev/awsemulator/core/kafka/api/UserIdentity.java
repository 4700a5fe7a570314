package dev.awsemulator.core.kafka.api;

public record UserIdentity(String type, String principalId) {
}
