package dev.awsemulator.core.kafka.api;

public record VpcConnectivityScram(Boolean enabled) {
}
