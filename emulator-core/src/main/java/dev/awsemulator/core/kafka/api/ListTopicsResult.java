package dev.awsemulator.core.kafka.api;

import java.util.List;

public record ListTopicsResult(List<TopicInfo> topics, String nextToken) {
}
