package dev.awsemulator.core.kafka.api;

public record GetBootstrapBrokersRequest(String clusterArn) {
}
