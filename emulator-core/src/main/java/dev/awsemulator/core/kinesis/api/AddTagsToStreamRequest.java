package dev.awsemulator.core.kinesis.api;

import java.util.Map;

public record AddTagsToStreamRequest(String streamName, Map<String, String> tags, String streamARN) {
}
