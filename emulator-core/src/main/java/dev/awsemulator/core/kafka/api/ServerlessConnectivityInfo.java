package dev.awsemulator.core.kafka.api;

public record ServerlessConnectivityInfo(String networkType) {
}
