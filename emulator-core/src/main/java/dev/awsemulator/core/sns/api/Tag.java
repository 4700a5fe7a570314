package dev.awsemulator.core.sns.api;

public record Tag(String key, String value) {
}
