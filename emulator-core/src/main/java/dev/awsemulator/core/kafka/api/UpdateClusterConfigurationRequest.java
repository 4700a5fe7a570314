package dev.awsemulator.core.kafka.api;

public record UpdateClusterConfigurationRequest(String clusterArn, ConfigurationInfo configurationInfo, String currentVersion) {
}
