package dev.awsemulator.core.kinesis.api;

public record Tag(String key, String value) {
}
