package dev.awsemulator.core.mq.api;

public record DeleteBrokerResult(String brokerId) {
}
