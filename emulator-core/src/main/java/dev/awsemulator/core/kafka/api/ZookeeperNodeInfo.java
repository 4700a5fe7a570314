package dev.awsemulator.core.kafka.api;

import java.util.List;

public record ZookeeperNodeInfo(String attachedENIId, String clientVpcIpAddress, List<String> endpoints, Double zookeeperId, String zookeeperVersion) {
}
