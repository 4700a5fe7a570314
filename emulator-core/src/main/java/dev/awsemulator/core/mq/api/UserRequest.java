package dev.awsemulator.core.mq.api;

public record UserRequest(String brokerId, String username) {
}
