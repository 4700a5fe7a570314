package dev.awsemulator.core.mq.api;

import java.util.List;

public record BrokerInstance(String consoleURL, List<String> endpoints, String ipAddress) {
}
