package dev.awsemulator.core.sns.api;

import java.util.Map;

/** The result of GetPlatformApplicationAttributes and GetEndpointAttributes. */
public record AttributesResult(Map<String, String> attributes) {
}
