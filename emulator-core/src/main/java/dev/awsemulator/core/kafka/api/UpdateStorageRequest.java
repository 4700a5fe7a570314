package dev.awsemulator.core.kafka.api;

public record UpdateStorageRequest(String clusterArn, String currentVersion, ProvisionedThroughput provisionedThroughput, String storageMode, Integer volumeSizeGB) {
}
