package dev.awsemulator.core.kafka.api;

import java.util.List;

public record BrokerNodeInfo(String attachedENIId, Double brokerId, String clientSubnet, String clientVpcIpAddress, BrokerSoftwareInfo currentBrokerSoftwareInfo, List<String> endpoints) {
}
