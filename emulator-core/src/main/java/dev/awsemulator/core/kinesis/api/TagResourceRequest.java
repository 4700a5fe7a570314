package dev.awsemulator.core.kinesis.api;

import java.util.Map;

public record TagResourceRequest(Map<String, String> tags, String resourceARN) {
}
