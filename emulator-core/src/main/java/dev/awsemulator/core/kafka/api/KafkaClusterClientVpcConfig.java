package dev.awsemulator.core.kafka.api;

import java.util.List;

public record KafkaClusterClientVpcConfig(List<String> securityGroupIds, List<String> subnetIds) {
}
