package dev.awsemulator.core.kafka;

import dev.awsemulator.core.kafka.api.BrokerNodeGroupInfo;
import dev.awsemulator.core.kafka.api.ClientAuthentication;
import dev.awsemulator.core.kafka.api.ConfigurationInfo;
import dev.awsemulator.core.kafka.api.ConnectivityInfo;
import dev.awsemulator.core.kafka.api.EncryptionInfo;
import dev.awsemulator.core.kafka.api.LoggingInfo;
import dev.awsemulator.core.kafka.api.OpenMonitoringInfo;
import dev.awsemulator.core.kafka.api.Rebalancing;
import dev.awsemulator.core.kafka.api.StorageInfo;

/**
 * What a provisioned cluster's owner chose and may change with the Update operations: AWS's
 * {@code MutableClusterInfo}, kept as the request shapes hold it (defaults filled in at creation).
 */
record ProvisionedSettings(BrokerNodeGroupInfo brokerNodeGroupInfo, ClientAuthentication clientAuthentication,
                           EncryptionInfo encryptionInfo, String enhancedMonitoring, OpenMonitoringInfo openMonitoring,
                           LoggingInfo loggingInfo, int numberOfBrokerNodes, String kafkaVersion,
                           ConfigurationInfo configurationInfo, String storageMode, Rebalancing rebalancing) {

    ProvisionedSettings withBrokerCount(int count) {
        return new ProvisionedSettings(brokerNodeGroupInfo, clientAuthentication, encryptionInfo, enhancedMonitoring,
                openMonitoring, loggingInfo, count, kafkaVersion, configurationInfo, storageMode, rebalancing);
    }

    ProvisionedSettings withNodeGroup(BrokerNodeGroupInfo nodeGroup) {
        return new ProvisionedSettings(nodeGroup, clientAuthentication, encryptionInfo, enhancedMonitoring,
                openMonitoring, loggingInfo, numberOfBrokerNodes, kafkaVersion, configurationInfo, storageMode,
                rebalancing);
    }

    ProvisionedSettings withInstanceType(String instanceType) {
        BrokerNodeGroupInfo group = brokerNodeGroupInfo;
        return withNodeGroup(new BrokerNodeGroupInfo(group.brokerAZDistribution(), group.clientSubnets(), instanceType,
                group.securityGroups(), group.storageInfo(), group.connectivityInfo(), group.zoneIds()));
    }

    ProvisionedSettings withStorage(StorageInfo storage) {
        BrokerNodeGroupInfo group = brokerNodeGroupInfo;
        return withNodeGroup(new BrokerNodeGroupInfo(group.brokerAZDistribution(), group.clientSubnets(),
                group.instanceType(), group.securityGroups(), storage, group.connectivityInfo(), group.zoneIds()));
    }

    ProvisionedSettings withConnectivity(ConnectivityInfo connectivity) {
        BrokerNodeGroupInfo group = brokerNodeGroupInfo;
        return withNodeGroup(new BrokerNodeGroupInfo(group.brokerAZDistribution(), group.clientSubnets(),
                group.instanceType(), group.securityGroups(), group.storageInfo(), connectivity, group.zoneIds()));
    }

    ProvisionedSettings withConfiguration(ConfigurationInfo configuration) {
        return new ProvisionedSettings(brokerNodeGroupInfo, clientAuthentication, encryptionInfo, enhancedMonitoring,
                openMonitoring, loggingInfo, numberOfBrokerNodes, kafkaVersion, configuration, storageMode,
                rebalancing);
    }

    ProvisionedSettings withKafkaVersion(String version, ConfigurationInfo configuration) {
        return new ProvisionedSettings(brokerNodeGroupInfo, clientAuthentication, encryptionInfo, enhancedMonitoring,
                openMonitoring, loggingInfo, numberOfBrokerNodes, version, configuration, storageMode, rebalancing);
    }

    ProvisionedSettings withMonitoring(String enhanced, OpenMonitoringInfo open, LoggingInfo logging) {
        return new ProvisionedSettings(brokerNodeGroupInfo, clientAuthentication, encryptionInfo, enhanced, open,
                logging, numberOfBrokerNodes, kafkaVersion, configurationInfo, storageMode, rebalancing);
    }

    ProvisionedSettings withSecurity(ClientAuthentication authentication, EncryptionInfo encryption) {
        return new ProvisionedSettings(brokerNodeGroupInfo, authentication, encryption, enhancedMonitoring,
                openMonitoring, loggingInfo, numberOfBrokerNodes, kafkaVersion, configurationInfo, storageMode,
                rebalancing);
    }

    ProvisionedSettings withStorageMode(String mode) {
        return new ProvisionedSettings(brokerNodeGroupInfo, clientAuthentication, encryptionInfo, enhancedMonitoring,
                openMonitoring, loggingInfo, numberOfBrokerNodes, kafkaVersion, configurationInfo, mode, rebalancing);
    }

    ProvisionedSettings withRebalancing(Rebalancing value) {
        return new ProvisionedSettings(brokerNodeGroupInfo, clientAuthentication, encryptionInfo, enhancedMonitoring,
                openMonitoring, loggingInfo, numberOfBrokerNodes, kafkaVersion, configurationInfo, storageMode, value);
    }
}
