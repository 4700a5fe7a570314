package dev.awsemulator.core.sqs.api;

public record GetQueueUrlResult(String queueUrl) {
}
