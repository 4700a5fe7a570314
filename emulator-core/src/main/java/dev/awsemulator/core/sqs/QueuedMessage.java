package dev.awsemulator.core.sqs;

import dev.awsemulator.core.sqs.api.MessageAttributeValue;

import java.util.Map;

/**
 * A message while it is in a queue. The content is fixed when it is sent; the receive state changes
 * under the owning queue's lock only.
 */
final class QueuedMessage {

    final String messageId;
    final String body;
    final Map<String, MessageAttributeValue> attributes;
    final Map<String, MessageAttributeValue> systemAttributes;
    final String md5OfBody;
    final String md5OfAttributes;
    final String md5OfSystemAttributes;
    final long sentAt;
    final String senderId;
    final String groupId;
    final String deduplicationId;
    final String deadLetterSourceArn;
    String sequenceNumber;

    /** When the message may next be received: after its delay, or when its visibility timeout ends. */
    long visibleAt;
    int receiveCount;
    long firstReceiveAt;
    /** When the current receive happened: the 12-hour visibility cap counts from it. */
    long receivedAt;
    /** Which receive issued the latest receipt handle; 0 while never received. */
    long receiveSequence;
    MessageGroup group;

    QueuedMessage(String messageId, String body, Map<String, MessageAttributeValue> attributes,
                  Map<String, MessageAttributeValue> systemAttributes, long sentAt, String senderId,
                  String groupId, String deduplicationId, String deadLetterSourceArn) {
        this.messageId = messageId;
        this.body = body;
        this.attributes = attributes;
        this.systemAttributes = systemAttributes;
        this.md5OfBody = MessageDigests.ofBody(body);
        this.md5OfAttributes = MessageDigests.ofAttributes(attributes);
        this.md5OfSystemAttributes = MessageDigests.ofAttributes(systemAttributes);
        this.sentAt = sentAt;
        this.senderId = senderId;
        this.groupId = groupId;
        this.deduplicationId = deduplicationId;
        this.deadLetterSourceArn = deadLetterSourceArn;
    }

    /** The same content, fresh receive state: what a dead-letter or move target enqueues. */
    QueuedMessage copyFor(String sourceArn) {
        return new QueuedMessage(messageId, body, attributes, systemAttributes, sentAt, senderId, groupId,
                deduplicationId, sourceArn);
    }

    boolean received() {
        return receiveSequence > 0;
    }

    boolean inFlight(long now) {
        return received() && visibleAt > now;
    }
}
