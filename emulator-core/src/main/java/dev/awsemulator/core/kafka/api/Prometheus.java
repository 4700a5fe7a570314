package dev.awsemulator.core.kafka.api;

public record Prometheus(JmxExporter jmxExporter, NodeExporter nodeExporter) {
}
