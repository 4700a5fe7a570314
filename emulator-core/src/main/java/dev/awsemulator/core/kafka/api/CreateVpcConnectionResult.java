package dev.awsemulator.core.kafka.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

public record CreateVpcConnectionResult(String vpcConnectionArn, String state, String authentication, String vpcId, List<String> clientSubnets, List<String> securityGroups, Instant creationTime, Map<String, String> tags) {
}
