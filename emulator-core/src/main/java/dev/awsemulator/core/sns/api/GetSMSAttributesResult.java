package dev.awsemulator.core.sns.api;

import java.util.Map;

public record GetSMSAttributesResult(Map<String, String> attributes) {
}
