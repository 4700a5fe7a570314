package dev.awsemulator.core.sqs.api;

public record CancelMessageMoveTaskRequest(String taskHandle) {
}
