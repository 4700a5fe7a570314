package dev.awsemulator.core.kafka.api;

import java.time.Instant;
import java.util.Map;

public record ClusterInfo(String activeOperationArn, BrokerNodeGroupInfo brokerNodeGroupInfo, Rebalancing rebalancing, ClientAuthentication clientAuthentication, String clusterArn, String clusterName, Instant creationTime, BrokerSoftwareInfo currentBrokerSoftwareInfo, String currentVersion, EncryptionInfo encryptionInfo, String enhancedMonitoring, OpenMonitoring openMonitoring, LoggingInfo loggingInfo, Integer numberOfBrokerNodes, String state, StateInfo stateInfo, Map<String, String> tags, String zookeeperConnectString, String zookeeperConnectStringTls, String storageMode, String customerActionStatus) {
}
