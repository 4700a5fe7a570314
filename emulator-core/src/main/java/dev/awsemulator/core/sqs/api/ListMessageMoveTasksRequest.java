package dev.awsemulator.core.sqs.api;

public record ListMessageMoveTasksRequest(String sourceArn, Integer maxResults) {
}
