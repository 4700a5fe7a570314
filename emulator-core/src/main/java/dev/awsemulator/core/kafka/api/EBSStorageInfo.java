package dev.awsemulator.core.kafka.api;

public record EBSStorageInfo(ProvisionedThroughput provisionedThroughput, Integer volumeSize) {
}
