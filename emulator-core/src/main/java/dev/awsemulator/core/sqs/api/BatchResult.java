package dev.awsemulator.core.sqs.api;

import java.util.List;

/** The result of DeleteMessageBatch and ChangeMessageVisibilityBatch. */
public record BatchResult(List<BatchResultEntry> successful, List<BatchResultErrorEntry> failed) {
}
