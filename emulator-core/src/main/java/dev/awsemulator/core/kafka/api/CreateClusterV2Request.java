package dev.awsemulator.core.kafka.api;

import java.util.Map;

public record CreateClusterV2Request(String clusterName, Map<String, String> tags, ProvisionedRequest provisioned, ServerlessRequest serverless) {
}
