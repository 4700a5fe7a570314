package dev.awsemulator.core.sns.api;

import java.util.Map;

public record GetSubscriptionAttributesResult(Map<String, String> attributes) {
}
