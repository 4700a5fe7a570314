package dev.awsemulator.core.sqs.api;

import java.util.Map;

/** A message as a receiver sees it. */
public record Message(String messageId, String receiptHandle, String md5OfBody, String body,
                      Map<String, String> attributes, String md5OfMessageAttributes,
                      Map<String, MessageAttributeValue> messageAttributes) {
}
