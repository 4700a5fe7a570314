package dev.awsemulator.core.kafka.api;

public record PrometheusInfo(JmxExporterInfo jmxExporter, NodeExporterInfo nodeExporter) {
}
