package dev.awsemulator.core.mq.api;

public record CreateBrokerResult(String brokerArn, String brokerId) {
}
