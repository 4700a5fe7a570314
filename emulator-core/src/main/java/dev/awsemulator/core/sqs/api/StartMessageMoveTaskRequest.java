package dev.awsemulator.core.sqs.api;

public record StartMessageMoveTaskRequest(String sourceArn, String destinationArn,
                                          Integer maxNumberOfMessagesPerSecond) {
}
