package dev.awsemulator.core.sqs.api;

import java.util.Map;

public record CreateQueueRequest(String queueName, Map<String, String> attributes, Map<String, String> tags) {
}
