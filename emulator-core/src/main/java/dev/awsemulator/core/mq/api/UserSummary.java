package dev.awsemulator.core.mq.api;

public record UserSummary(String pendingChange, String username) {
}
