package dev.awsemulator.core.kafka.api;

public record ListTagsForResourceRequest(String resourceArn) {
}
