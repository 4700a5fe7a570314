package dev.awsemulator.core.kafka.api;

public record VpcConnectivityIam(Boolean enabled) {
}
