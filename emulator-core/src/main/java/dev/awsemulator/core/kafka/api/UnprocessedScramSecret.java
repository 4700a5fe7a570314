package dev.awsemulator.core.kafka.api;

public record UnprocessedScramSecret(String errorCode, String errorMessage, String secretArn) {
}
