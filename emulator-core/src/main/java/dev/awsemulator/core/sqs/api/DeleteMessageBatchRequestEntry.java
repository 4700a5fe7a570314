package dev.awsemulator.core.sqs.api;

public record DeleteMessageBatchRequestEntry(String id, String receiptHandle) {
}
