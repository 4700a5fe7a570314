package dev.awsemulator.core.sqs.api;

import java.util.Map;

public record SetQueueAttributesRequest(String queueUrl, Map<String, String> attributes) {
}
