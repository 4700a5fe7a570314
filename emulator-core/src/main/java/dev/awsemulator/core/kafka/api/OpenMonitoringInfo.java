package dev.awsemulator.core.kafka.api;

public record OpenMonitoringInfo(PrometheusInfo prometheus) {
}
