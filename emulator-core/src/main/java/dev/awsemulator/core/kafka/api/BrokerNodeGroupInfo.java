package dev.awsemulator.core.kafka.api;

import java.util.List;

public record BrokerNodeGroupInfo(String brokerAZDistribution, List<String> clientSubnets, String instanceType, List<String> securityGroups, StorageInfo storageInfo, ConnectivityInfo connectivityInfo, List<String> zoneIds) {
}
