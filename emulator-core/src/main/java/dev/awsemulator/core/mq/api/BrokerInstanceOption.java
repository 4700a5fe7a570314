package dev.awsemulator.core.mq.api;

import java.util.List;

public record BrokerInstanceOption(List<AvailabilityZone> availabilityZones, String engineType, String hostInstanceType, String storageType, List<String> supportedDeploymentModes, List<String> supportedEngineVersions) {
}
