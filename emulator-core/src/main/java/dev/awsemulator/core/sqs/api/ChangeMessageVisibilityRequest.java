package dev.awsemulator.core.sqs.api;

public record ChangeMessageVisibilityRequest(String queueUrl, String receiptHandle, Integer visibilityTimeout) {
}
