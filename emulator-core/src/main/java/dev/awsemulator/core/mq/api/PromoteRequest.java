package dev.awsemulator.core.mq.api;

public record PromoteRequest(String brokerId, String mode) {
}
