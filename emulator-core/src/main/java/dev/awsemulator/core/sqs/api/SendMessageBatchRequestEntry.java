package dev.awsemulator.core.sqs.api;

import java.util.Map;

public record SendMessageBatchRequestEntry(String id, String messageBody, Integer delaySeconds,
                                           Map<String, MessageAttributeValue> messageAttributes,
                                           Map<String, MessageAttributeValue> messageSystemAttributes,
                                           String messageDeduplicationId, String messageGroupId) {
}
