package dev.awsemulator.core.sns.api;

import java.util.Map;

public record PlatformApplication(String platformApplicationArn, Map<String, String> attributes) {
}
