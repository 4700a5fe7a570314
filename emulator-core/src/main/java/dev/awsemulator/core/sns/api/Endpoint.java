package dev.awsemulator.core.sns.api;

import java.util.Map;

public record Endpoint(String endpointArn, Map<String, String> attributes) {
}
