package dev.awsemulator.core.kafka.api;

import java.util.List;

public record RebootBrokerRequest(List<String> brokerIds, String clusterArn) {
}
