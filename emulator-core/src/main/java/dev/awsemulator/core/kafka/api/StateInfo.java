package dev.awsemulator.core.kafka.api;

public record StateInfo(String code, String message) {
}
