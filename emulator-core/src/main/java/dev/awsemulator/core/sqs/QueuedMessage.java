package dev.awsemulator.core.sqs;

import dev.awsemulator.core.sqs.api.MessageAttributeValue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * A message while it is in a queue. The content is fixed when it is sent; the receive state changes
 * under the owning queue's lock only.
 * <p>
 * A backlog is mostly this object, so it keeps only what every message has: the message ID as the
 * UUID's two halves (a string and its bytes were 80 bytes a message), formatted when asked; the body
 * as its UTF-8 bytes, the form its digest and size are taken in (a string around them was 24 bytes
 * more), decoded when received; and whatever only some messages have (attributes, FIFO and dead-letter fields) in a {@link Details}
 * that a plain message of a standard queue does without.
 */
final class QueuedMessage {

    final long idHigh;
    final long idLow;
    private final byte[] body;
    final long sentAt;
    final String senderId;
    /** Null while the message has none of the fields it holds. */
    private Details details;

    /** When the message may next be received: after its delay, or when its visibility timeout ends. */
    long visibleAt;
    int receiveCount;
    long firstReceiveAt;
    /** When the current receive happened: the 12-hour visibility cap counts from it. */
    long receivedAt;
    /** Which receive issued the latest receipt handle; 0 while never received. */
    long receiveSequence;
    MessageGroup group;

    QueuedMessage(UUID messageId, String body, Map<String, MessageAttributeValue> attributes,
                  Map<String, MessageAttributeValue> systemAttributes, long sentAt, String senderId,
                  String groupId, String deduplicationId, String deadLetterSourceArn) {
        this(messageId, body.getBytes(StandardCharsets.UTF_8), attributes, systemAttributes, sentAt, senderId,
                groupId, deduplicationId, deadLetterSourceArn);
    }

    private QueuedMessage(UUID messageId, byte[] body, Map<String, MessageAttributeValue> attributes,
                          Map<String, MessageAttributeValue> systemAttributes, long sentAt, String senderId,
                          String groupId, String deduplicationId, String deadLetterSourceArn) {
        this.idHigh = messageId.getMostSignificantBits();
        this.idLow = messageId.getLeastSignificantBits();
        this.body = body;
        this.sentAt = sentAt;
        this.senderId = senderId;
        if (!attributes.isEmpty() || !systemAttributes.isEmpty() || groupId != null || deduplicationId != null
                || deadLetterSourceArn != null) {
            this.details = new Details(attributes, systemAttributes, groupId, deduplicationId, deadLetterSourceArn);
        }
    }

    /**
     * What a dead-letter queue enqueues: the same message with fresh receive state. A standard queue's
     * keeps its enqueue time, so retention still counts from the first send; a FIFO queue's gets a new
     * enqueue time and its message ID as deduplication ID (SQS developer guide, dead-letter queue
     * retention and redrive).
     */
    QueuedMessage deadLettered(String sourceArn, boolean fifo, long now) {
        return new QueuedMessage(new UUID(idHigh, idLow), body, attributes(), systemAttributes(),
                fifo ? now : sentAt, senderId, groupId(), fifo ? messageId() : deduplicationId(), sourceArn);
    }

    /**
     * What a redrive (message move task) enqueues: a new message with the same content, a new message
     * ID and a new enqueue time, so its retention period starts again (SQS developer guide).
     */
    QueuedMessage redriven(UUID newMessageId, long now) {
        return new QueuedMessage(newMessageId, body, attributes(), systemAttributes(), now, senderId, groupId(),
                deduplicationId(), null);
    }

    String messageId() {
        return new UUID(idHigh, idLow).toString();
    }

    /**
     * Computed when asked, not kept: 72 bytes a message as a hex string, against about half a
     * microsecond per receive (MessageDigestsBenchmark).
     */
    String md5OfBody() {
        return MessageDigests.ofUtf8Body(body);
    }

    String body() {
        return new String(body, StandardCharsets.UTF_8);
    }

    Map<String, MessageAttributeValue> attributes() {
        return details == null ? Map.of() : details.attributes;
    }

    Map<String, MessageAttributeValue> systemAttributes() {
        return details == null ? Map.of() : details.systemAttributes;
    }

    /** Null when the message has no attributes. */
    String md5OfAttributes() {
        return details == null ? null : details.md5OfAttributes;
    }

    /** Null when the message has no system attributes. */
    String md5OfSystemAttributes() {
        return details == null ? null : details.md5OfSystemAttributes;
    }

    String groupId() {
        return details == null ? null : details.groupId;
    }

    String deduplicationId() {
        return details == null ? null : details.deduplicationId;
    }

    String deadLetterSourceArn() {
        return details == null ? null : details.deadLetterSourceArn;
    }

    /** A FIFO queue's order of the message; null on a standard queue. */
    String sequenceNumber() {
        return details == null ? null : details.sequenceNumber;
    }

    void sequenceNumber(String sequenceNumber) {
        if (details == null) {
            details = new Details(Map.of(), Map.of(), null, null, null);
        }
        details.sequenceNumber = sequenceNumber;
    }

    boolean received() {
        return receiveSequence > 0;
    }

    boolean inFlight(long now) {
        return received() && visibleAt > now;
    }

    /** The fields only some messages have: attributes and their digests, FIFO and dead-letter fields. */
    private static final class Details {
        final Map<String, MessageAttributeValue> attributes;
        final Map<String, MessageAttributeValue> systemAttributes;
        final String md5OfAttributes;
        final String md5OfSystemAttributes;
        final String groupId;
        final String deduplicationId;
        final String deadLetterSourceArn;
        String sequenceNumber;

        Details(Map<String, MessageAttributeValue> attributes, Map<String, MessageAttributeValue> systemAttributes,
                String groupId, String deduplicationId, String deadLetterSourceArn) {
            this.attributes = attributes;
            this.systemAttributes = systemAttributes;
            this.md5OfAttributes = MessageDigests.ofAttributes(attributes);
            this.md5OfSystemAttributes = MessageDigests.ofAttributes(systemAttributes);
            this.groupId = groupId;
            this.deduplicationId = deduplicationId;
            this.deadLetterSourceArn = deadLetterSourceArn;
        }
    }
}
