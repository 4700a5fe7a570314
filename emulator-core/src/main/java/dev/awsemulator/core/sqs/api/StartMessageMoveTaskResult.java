package dev.awsemulator.core.sqs.api;

public record StartMessageMoveTaskResult(String taskHandle) {
}
