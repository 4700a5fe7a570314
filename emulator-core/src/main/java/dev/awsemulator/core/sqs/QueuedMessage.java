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
        this.md5OfAttributes = MessageDigests.ofAttributes(attributes);
        this.md5OfSystemAttributes = MessageDigests.ofAttributes(systemAttributes);
        this.sentAt = sentAt;
        this.senderId = senderId;
        this.groupId = groupId;
        this.deduplicationId = deduplicationId;
        this.deadLetterSourceArn = deadLetterSourceArn;
    }

    /**
     * What a dead-letter queue enqueues: the same message with fresh receive state. A standard queue's
     * keeps its enqueue time, so retention still counts from the first send; a FIFO queue's gets a new
     * enqueue time and its message ID as deduplication ID (SQS developer guide, dead-letter queue
     * retention and redrive).
     */
    QueuedMessage deadLettered(String sourceArn, boolean fifo, long now) {
        return new QueuedMessage(messageId, body, attributes, systemAttributes, fifo ? now : sentAt, senderId,
                groupId, fifo ? messageId : deduplicationId, sourceArn);
    }

    /**
     * What a redrive (message move task) enqueues: a new message with the same content, a new message
     * ID and a new enqueue time, so its retention period starts again (SQS developer guide).
     */
    QueuedMessage redriven(String newMessageId, long now) {
        return new QueuedMessage(newMessageId, body, attributes, systemAttributes, now, senderId, groupId,
                deduplicationId, null);
    }

    /**
     * Computed when asked, not kept: 72 bytes a message as a hex string, against about half a
     * microsecond per receive (MessageDigestsBenchmark).
     */
    String md5OfBody() {
        return MessageDigests.ofBody(body);
    }

    boolean received() {
        return receiveSequence > 0;
    }

    boolean inFlight(long now) {
        return received() && visibleAt > now;
    }
}
