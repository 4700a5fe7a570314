package dev.awsemulator.core.mq.api;

public record BrokerRequest(String brokerId) {
}
