package dev.awsemulator.core.sns.api;

import java.util.Map;

public record SetPlatformApplicationAttributesRequest(String platformApplicationArn, Map<String, String> attributes) {
}
