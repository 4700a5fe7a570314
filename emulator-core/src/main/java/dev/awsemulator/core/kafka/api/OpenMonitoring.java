package dev.awsemulator.core.kafka.api;

public record OpenMonitoring(Prometheus prometheus) {
}
