package dev.awsemulator.core.sqs.api;

import java.util.List;

public record ChangeMessageVisibilityBatchResult(List<BatchResultEntry> successful,
                                                 List<BatchResultErrorEntry> failed) {
}
