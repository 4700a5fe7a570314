package dev.awsemulator.core.sns.api;

import java.util.Map;

public record PublishRequest(String topicArn, String targetArn, String phoneNumber, String message, String subject, String messageStructure, Map<String, MessageAttributeValue> messageAttributes, String messageDeduplicationId, String messageGroupId) {
}
