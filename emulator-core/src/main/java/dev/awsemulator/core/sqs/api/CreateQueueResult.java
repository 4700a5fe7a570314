package dev.awsemulator.core.sqs.api;

public record CreateQueueResult(String queueUrl) {
}
