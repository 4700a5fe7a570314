package dev.awsemulator.core.sqs.api;

import java.util.List;

public record DeleteMessageBatchRequest(String queueUrl, List<DeleteMessageBatchRequestEntry> entries) {
}
