package dev.awsemulator.core.sqs.api;

public record ListMessageMoveTasksResultEntry(String taskHandle, String status, String sourceArn,
                                              String destinationArn, Integer maxNumberOfMessagesPerSecond,
                                              Long approximateNumberOfMessagesMoved,
                                              Long approximateNumberOfMessagesToMove, String failureReason,
                                              Long startedTimestamp) {
}
