package dev.awsemulator.core.sns.api;

public record PublishResult(String messageId, String sequenceNumber) {
}
