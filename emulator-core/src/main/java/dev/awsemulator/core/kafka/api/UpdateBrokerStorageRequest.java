package dev.awsemulator.core.kafka.api;

import java.util.List;

public record UpdateBrokerStorageRequest(String clusterArn, String currentVersion, List<BrokerEBSVolumeInfo> targetBrokerEBSVolumeInfo) {
}
