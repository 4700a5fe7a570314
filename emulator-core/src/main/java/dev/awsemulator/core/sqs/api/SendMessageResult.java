package dev.awsemulator.core.sqs.api;

public record SendMessageResult(String md5OfMessageBody, String md5OfMessageAttributes,
                                String md5OfMessageSystemAttributes, String messageId, String sequenceNumber) {
}
