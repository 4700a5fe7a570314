package dev.awsemulator.core.sqs.api;

public record SendMessageBatchResultEntry(String id, String messageId, String md5OfMessageBody,
                                          String md5OfMessageAttributes, String md5OfMessageSystemAttributes,
                                          String sequenceNumber) {
}
