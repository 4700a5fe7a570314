package dev.awsemulator.core.kafka.api;

public record ErrorInfo(String errorCode, String errorString) {
}
