package dev.awsemulator.core.sqs.api;

import java.util.Map;

public record TagQueueRequest(String queueUrl, Map<String, String> tags) {
}
