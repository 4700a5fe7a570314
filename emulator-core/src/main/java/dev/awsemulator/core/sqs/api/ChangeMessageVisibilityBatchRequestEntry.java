package dev.awsemulator.core.sqs.api;

public record ChangeMessageVisibilityBatchRequestEntry(String id, String receiptHandle, Integer visibilityTimeout) {
}
