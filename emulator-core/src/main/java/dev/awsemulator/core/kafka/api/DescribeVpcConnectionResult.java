package dev.awsemulator.core.kafka.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

public record DescribeVpcConnectionResult(String vpcConnectionArn, String targetClusterArn, String state, String authentication, String vpcId, List<String> subnets, List<String> securityGroups, Instant creationTime, Map<String, String> tags) {
}
