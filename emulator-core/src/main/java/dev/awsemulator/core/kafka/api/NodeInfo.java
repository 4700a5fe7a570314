package dev.awsemulator.core.kafka.api;

public record NodeInfo(String addedToClusterTime, BrokerNodeInfo brokerNodeInfo, ControllerNodeInfo controllerNodeInfo, String instanceType, String nodeARN, String nodeType, ZookeeperNodeInfo zookeeperNodeInfo) {
}
