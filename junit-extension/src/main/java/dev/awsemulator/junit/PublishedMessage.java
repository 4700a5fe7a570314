package dev.awsemulator.junit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A message as it was published to SNS, with one {@link Delivery} per subscription it was offered to; for
 * messages to platform endpoints and phone numbers, the single recorded delivery.
 *
 * @param target the topic ARN, platform endpoint ARN or phone number it was published to
 */
public record PublishedMessage(String messageId, String target, String message, String subject,
                               Map<String, MessageAttribute> messageAttributes, Instant timestamp,
                               String messageGroupId, String sequenceNumber, List<Delivery> deliveries) {

    static PublishedMessage of(dev.awsemulator.core.sns.PublishedMessage published) {
        return new PublishedMessage(published.messageId(), published.target(), published.message(),
                published.subject(), MessageAttribute.of(published.messageAttributes(),
                value -> new MessageAttribute(value.dataType(), value.stringValue(), value.binaryValue())),
                published.timestamp(), published.messageGroupId(), published.sequenceNumber(),
                published.deliveries().stream().map(Delivery::of).toList());
    }
}
