package dev.awsemulator.core.sns.api;

import java.util.List;

public record PublishBatchResult(List<PublishBatchResultEntry> successful, List<BatchResultErrorEntry> failed) {
}
