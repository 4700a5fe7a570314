package dev.awsemulator.core.kafka.api;

public record UpdateClusterKafkaVersionRequest(String clusterArn, ConfigurationInfo configurationInfo, String currentVersion, String targetKafkaVersion) {
}
