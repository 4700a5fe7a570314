package dev.awsemulator.core.sqs.api;

import java.util.Map;

public record GetQueueAttributesResult(Map<String, String> attributes) {
}
