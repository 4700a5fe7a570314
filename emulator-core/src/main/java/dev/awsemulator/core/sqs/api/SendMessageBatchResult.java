package dev.awsemulator.core.sqs.api;

import java.util.List;

public record SendMessageBatchResult(List<SendMessageBatchResultEntry> successful, List<BatchResultErrorEntry> failed) {
}
