package dev.awsemulator.core.sqs.api;

import java.util.Map;

public record ListQueueTagsResult(Map<String, String> tags) {
}
