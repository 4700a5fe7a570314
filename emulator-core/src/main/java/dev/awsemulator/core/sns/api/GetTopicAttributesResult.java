package dev.awsemulator.core.sns.api;

import java.util.Map;

public record GetTopicAttributesResult(Map<String, String> attributes) {
}
