package dev.awsemulator.core.sns.api;

import java.util.Map;

public record CreatePlatformApplicationRequest(String name, String platform, Map<String, String> attributes) {
}
