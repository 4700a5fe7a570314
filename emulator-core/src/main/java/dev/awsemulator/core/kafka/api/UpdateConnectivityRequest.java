package dev.awsemulator.core.kafka.api;

public record UpdateConnectivityRequest(String clusterArn, ConnectivityInfo connectivityInfo, String currentVersion, ZookeeperAccess zookeeperAccess) {
}
