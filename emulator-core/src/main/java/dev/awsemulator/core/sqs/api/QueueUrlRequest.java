package dev.awsemulator.core.sqs.api;

/** The input of DeleteQueue, PurgeQueue and ListQueueTags: a queue URL and nothing else. */
public record QueueUrlRequest(String queueUrl) {
}
