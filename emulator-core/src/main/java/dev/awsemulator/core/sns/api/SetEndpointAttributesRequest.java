package dev.awsemulator.core.sns.api;

import java.util.Map;

public record SetEndpointAttributesRequest(String endpointArn, Map<String, String> attributes) {
}
