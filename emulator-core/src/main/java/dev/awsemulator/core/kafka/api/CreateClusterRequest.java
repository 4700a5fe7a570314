package dev.awsemulator.core.kafka.api;

import java.util.Map;

public record CreateClusterRequest(BrokerNodeGroupInfo brokerNodeGroupInfo, Rebalancing rebalancing, ClientAuthentication clientAuthentication, String clusterName, ConfigurationInfo configurationInfo, EncryptionInfo encryptionInfo, String enhancedMonitoring, OpenMonitoringInfo openMonitoring, String kafkaVersion, LoggingInfo loggingInfo, Integer numberOfBrokerNodes, Map<String, String> tags, String storageMode) {
}
