package dev.awsemulator.core.sqs.api;

import java.util.List;

public record ChangeMessageVisibilityBatchRequest(String queueUrl,
                                                  List<ChangeMessageVisibilityBatchRequestEntry> entries) {
}
