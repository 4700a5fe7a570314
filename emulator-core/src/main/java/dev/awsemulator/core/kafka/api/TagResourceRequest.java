package dev.awsemulator.core.kafka.api;

import java.util.Map;

public record TagResourceRequest(String resourceArn, Map<String, String> tags) {
}
