package dev.awsemulator.core.kafka.api;

import java.util.List;
import java.util.Map;

public record CreateVpcConnectionRequest(String targetClusterArn, String authentication, String vpcId, List<String> clientSubnets, List<String> securityGroups, Map<String, String> tags) {
}
