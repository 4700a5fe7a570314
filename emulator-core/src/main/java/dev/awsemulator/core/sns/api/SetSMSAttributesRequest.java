package dev.awsemulator.core.sns.api;

import java.util.Map;

public record SetSMSAttributesRequest(Map<String, String> attributes) {
}
