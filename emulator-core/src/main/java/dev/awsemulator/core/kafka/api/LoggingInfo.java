package dev.awsemulator.core.kafka.api;

public record LoggingInfo(BrokerLogs brokerLogs) {
}
