package dev.awsemulator.core.sqs.api;

import java.util.List;

public record ListMessageMoveTasksResult(List<ListMessageMoveTasksResultEntry> results) {
}
