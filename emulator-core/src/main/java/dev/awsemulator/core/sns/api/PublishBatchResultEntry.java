package dev.awsemulator.core.sns.api;

public record PublishBatchResultEntry(String id, String messageId, String sequenceNumber) {
}
