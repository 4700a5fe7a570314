package dev.awsemulator.core.kafka.api;

public record ProvisionedRequest(BrokerNodeGroupInfo brokerNodeGroupInfo, Rebalancing rebalancing, ClientAuthentication clientAuthentication, ConfigurationInfo configurationInfo, EncryptionInfo encryptionInfo, String enhancedMonitoring, OpenMonitoringInfo openMonitoring, String kafkaVersion, LoggingInfo loggingInfo, Integer numberOfBrokerNodes, String storageMode) {
}
