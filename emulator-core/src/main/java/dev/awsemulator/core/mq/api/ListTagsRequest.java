package dev.awsemulator.core.mq.api;

public record ListTagsRequest(String resourceArn) {
}
