package dev.awsemulator.core.kafka.api;

import java.util.List;

public record VpcConfig(List<String> subnetIds, List<String> securityGroupIds) {
}
