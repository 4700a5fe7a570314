package dev.awsemulator.core.kafka.api;

import java.util.List;

public record ServerlessRequest(List<VpcConfig> vpcConfigs, ServerlessClientAuthentication clientAuthentication) {
}
