package dev.awsemulator.core.kafka.api;

public record Rebalancing(String status) {
}
