package dev.awsemulator.core.sqs.api;

public record CancelMessageMoveTaskResult(Long approximateNumberOfMessagesMoved) {
}
