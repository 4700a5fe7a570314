package dev.awsemulator.core.sqs.api;

/** A successful entry of DeleteMessageBatch or ChangeMessageVisibilityBatch: just its id. */
public record BatchResultEntry(String id) {
}
