package dev.awsemulator.core.sqs.api;

import java.util.List;

public record SendMessageBatchRequest(String queueUrl, List<SendMessageBatchRequestEntry> entries) {
}
