package dev.awsemulator.core.kinesis.api;

import java.util.List;

public record RemoveTagsFromStreamRequest(String streamName, List<String> tagKeys, String streamARN) {
}
