package dev.awsemulator.core.kafka.api;

import java.util.List;

public record Serverless(List<VpcConfig> vpcConfigs, ServerlessClientAuthentication clientAuthentication, ServerlessConnectivityInfo connectivityInfo) {
}
