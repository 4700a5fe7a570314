package dev.awsemulator.core.sns.api;

import java.util.Map;

public record PublishBatchRequestEntry(String id, String message, String subject, String messageStructure, Map<String, MessageAttributeValue> messageAttributes, String messageDeduplicationId, String messageGroupId) {
}
