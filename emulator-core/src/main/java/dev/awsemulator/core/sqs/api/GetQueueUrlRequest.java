package dev.awsemulator.core.sqs.api;

public record GetQueueUrlRequest(String queueName, String queueOwnerAWSAccountId) {
}
