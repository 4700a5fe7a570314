package dev.awsemulator.core.mq.api;

import java.util.Map;

public record ListTagsResult(Map<String, String> tags) {
}
