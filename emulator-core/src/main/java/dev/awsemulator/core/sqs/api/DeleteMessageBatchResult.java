package dev.awsemulator.core.sqs.api;

import java.util.List;

public record DeleteMessageBatchResult(List<BatchResultEntry> successful, List<BatchResultErrorEntry> failed) {
}
