package dev.awsemulator.core.kafka.api;

public record BrokerEBSVolumeInfo(String kafkaBrokerNodeId, ProvisionedThroughput provisionedThroughput, Integer volumeSizeGB) {
}
