package dev.awsemulator.core.kafka.api;

public record VpcConnectivityTls(Boolean enabled) {
}
