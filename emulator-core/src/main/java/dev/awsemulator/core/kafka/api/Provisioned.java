package dev.awsemulator.core.kafka.api;

public record Provisioned(BrokerNodeGroupInfo brokerNodeGroupInfo, Rebalancing rebalancing, BrokerSoftwareInfo currentBrokerSoftwareInfo, ClientAuthentication clientAuthentication, EncryptionInfo encryptionInfo, String enhancedMonitoring, OpenMonitoringInfo openMonitoring, LoggingInfo loggingInfo, Integer numberOfBrokerNodes, String zookeeperConnectString, String zookeeperConnectStringTls, String storageMode, String customerActionStatus) {
}
