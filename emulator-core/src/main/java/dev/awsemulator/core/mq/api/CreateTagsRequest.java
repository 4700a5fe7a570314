package dev.awsemulator.core.mq.api;

import java.util.Map;

public record CreateTagsRequest(String resourceArn, Map<String, String> tags) {
}
