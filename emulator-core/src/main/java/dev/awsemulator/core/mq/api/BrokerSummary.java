package dev.awsemulator.core.mq.api;

import java.time.Instant;

public record BrokerSummary(String brokerArn, String brokerId, String brokerName, String brokerState, Instant created, String deploymentMode, String engineType, String hostInstanceType) {
}
