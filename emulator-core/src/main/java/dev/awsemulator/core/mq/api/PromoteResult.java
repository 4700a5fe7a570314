package dev.awsemulator.core.mq.api;

public record PromoteResult(String brokerId) {
}
