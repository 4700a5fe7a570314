package dev.awsemulator.core.sns.api;

import java.util.List;

public record PublishBatchRequest(String topicArn, List<PublishBatchRequestEntry> publishBatchRequestEntries) {
}
