package dev.awsemulator.core.sqs.api;

public record DeleteMessageRequest(String queueUrl, String receiptHandle) {
}
