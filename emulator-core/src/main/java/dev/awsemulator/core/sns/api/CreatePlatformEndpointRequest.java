package dev.awsemulator.core.sns.api;

import java.util.Map;

public record CreatePlatformEndpointRequest(String platformApplicationArn, String token, String customUserData, Map<String, String> attributes) {
}
