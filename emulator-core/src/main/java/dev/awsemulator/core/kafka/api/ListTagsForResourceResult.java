package dev.awsemulator.core.kafka.api;

import java.util.Map;

public record ListTagsForResourceResult(Map<String, String> tags) {
}
