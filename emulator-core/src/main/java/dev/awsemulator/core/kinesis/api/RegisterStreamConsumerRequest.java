package dev.awsemulator.core.kinesis.api;

import java.util.Map;

public record RegisterStreamConsumerRequest(String streamARN, String consumerName, Map<String, String> tags) {
}
