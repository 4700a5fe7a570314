package dev.awsemulator.core.mq.api;

public record Logs(Boolean audit, Boolean general) {
}
