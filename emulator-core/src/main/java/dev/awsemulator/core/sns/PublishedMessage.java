package dev.awsemulator.core.sns;

import dev.awsemulator.core.sns.api.MessageAttributeValue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A message as it was published, with one {@link Delivery} per subscription it was offered to; for
 * messages to platform endpoints and phone numbers, the single recorded delivery.
 *
 * @param target the topic ARN, platform endpoint ARN or phone number it was published to
 */
public record PublishedMessage(String messageId, String target, String message, String subject,
                               Map<String, MessageAttributeValue> messageAttributes, Instant timestamp,
                               String messageGroupId, String sequenceNumber, List<Delivery> deliveries) {
}
