package dev.awsemulator.core.kafka.api;

import java.util.List;

public record MutableClusterInfo(List<BrokerEBSVolumeInfo> brokerEBSVolumeInfo, ConfigurationInfo configurationInfo, Integer numberOfBrokerNodes, String enhancedMonitoring, OpenMonitoring openMonitoring, ZookeeperAccess zookeeperAccess, String kafkaVersion, LoggingInfo loggingInfo, String instanceType, ClientAuthentication clientAuthentication, EncryptionInfo encryptionInfo, ConnectivityInfo connectivityInfo, String storageMode, BrokerCountUpdateInfo brokerCountUpdateInfo, Rebalancing rebalancing) {
}
