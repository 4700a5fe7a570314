package dev.awsemulator.core.sqs;

import dev.awsemulator.core.common.DeferredText;
import dev.awsemulator.core.sqs.api.MessageAttributeValue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * A message while it is in a queue. The content is fixed when it is sent; the receive state changes
 * under the owning queue's lock only.
 * <p>
 * A backlog is mostly this object, so it keeps only what every message has: the message ID as the
 * UUID's two halves, formatted when asked; the body as its UTF-8 bytes, the form its digest and size
 * are taken in, decoded when received (or, for a body finished on first read, as its
 * {@link DeferredText}); its receive state from its first receive on; and whatever only
 * some messages have (attributes, FIFO and dead-letter fields) in a {@link Details}
 * that a plain message of a standard queue does without.
 */
final class QueuedMessage implements ScheduleEntry {

    final long idHigh;
    final long idLow;
    /** The UTF-8 bytes, or a {@link DeferredText}: one field, as a second would cost every message its bytes. */
    private final Object body;
    final long sentAt;
    final String senderId;
    /** Null while the message has none of the fields it holds. */
    private Details details;

    /**
     * When the message may next be received: after its delay, or when its visibility timeout ends.
     * A standard queue's schedule sorts by it: changed only while the message is out of the schedule,
     * or just before it is rescheduled.
     */
    long visibleAt;
    /** A FIFO queue's message: its group, which the schedule holds. Null on a standard queue. */
    MessageGroup group;
    /** A standard queue's message, which the schedule holds itself: when it was enqueued, relative to the others. */
    long order;
    private int slot = -1;
    /** Null until the first receive: a backlog is mostly messages never received. */
    private Receives receives;

    QueuedMessage(UUID messageId, String body, Map<String, MessageAttributeValue> attributes,
                  Map<String, MessageAttributeValue> systemAttributes, long sentAt, String senderId,
                  String groupId, String deduplicationId, String deadLetterSourceArn) {
        this(messageId, body.getBytes(StandardCharsets.UTF_8), attributes, systemAttributes, sentAt, senderId,
                groupId, deduplicationId, deadLetterSourceArn);
    }

    /** A message whose body may be finished on first read (an SNS envelope, signed then). */
    QueuedMessage(UUID messageId, DeferredText body, Map<String, MessageAttributeValue> attributes,
                  Map<String, MessageAttributeValue> systemAttributes, long sentAt, String senderId,
                  String groupId, String deduplicationId) {
        this(messageId, body.finished() ? body.utf8() : body, attributes, systemAttributes, sentAt, senderId, groupId,
                deduplicationId, null);
    }

    private QueuedMessage(UUID messageId, Object body, Map<String, MessageAttributeValue> attributes,
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
     * What a dead-letter queue enqueues: the same message, its receive count and first receive time kept
     * (AWS's recorded responses show a message moved after one receive answering ApproximateReceiveCount 2 at its
     * first receive from the dead-letter queue). A standard queue's keeps its enqueue time, so retention still
     * counts from the first send; a FIFO queue's gets a new enqueue time and its message ID as deduplication ID
     * (SQS developer guide, dead-letter queue retention and redrive).
     */
    QueuedMessage deadLettered(String sourceArn, boolean fifo, long now) {
        QueuedMessage moved = new QueuedMessage(new UUID(idHigh, idLow), body, attributes(), systemAttributes(),
                fifo ? now : sentAt, senderId, groupId(), fifo ? messageId() : deduplicationId(), sourceArn);
        moved.restoreReceives(receiveCount(), firstReceiveAt(), 0, 0);
        return moved;
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
     * Computed when asked, not kept: a hex string would cost every queued message its bytes, where
     * computing it costs a receive little (MessageDigestsBenchmark measures it).
     */
    String md5OfBody() {
        return MessageDigests.ofUtf8Body(utf8Body());
    }

    /** The body's length in UTF-8, as it is kept; known before a deferred body is finished. */
    int bodyBytes() {
        return body instanceof DeferredText deferred ? deferred.utf8Length() : ((byte[]) body).length;
    }

    String body() {
        return new String(utf8Body(), StandardCharsets.UTF_8);
    }

    private byte[] utf8Body() {
        return body instanceof DeferredText deferred ? deferred.utf8() : (byte[]) body;
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

    int receiveCount() {
        return receives == null ? 0 : receives.count;
    }

    /** 0 while never received. */
    long firstReceiveAt() {
        return receives == null ? 0 : receives.firstAt;
    }

    /** When the current receive happened: the 12-hour visibility cap counts from it. */
    long receivedAt() {
        return receives == null ? 0 : receives.latestAt;
    }

    /** Which receive issued the latest receipt handle; 0 while never received. */
    long receiveSequence() {
        return receives == null ? 0 : receives.sequence;
    }

    /** Counts a receive at {@code now}, the queue's receive number {@code sequence}. */
    void receive(long now, long sequence) {
        if (receives == null) {
            receives = new Receives(now);
        }
        receives.count++;
        receives.latestAt = now;
        receives.sequence = sequence;
    }

    /** The receive state a data directory kept. */
    void restoreReceives(int count, long firstAt, long latestAt, long sequence) {
        if (count > 0 || sequence > 0) {
            receives = new Receives(firstAt);
            receives.count = count;
            receives.latestAt = latestAt;
            receives.sequence = sequence;
        }
    }

    @Override
    public long availableAt() {
        return visibleAt;
    }

    @Override
    public long order() {
        return order;
    }

    @Override
    public int slot() {
        return slot;
    }

    @Override
    public void slot(int slot) {
        this.slot = slot;
    }

    boolean received() {
        return receiveSequence() > 0;
    }

    boolean inFlight(long now) {
        return received() && visibleAt > now;
    }

    /** A received message's receive count, times and latest receive number (40 bytes, 24 saved on the rest). */
    private static final class Receives {
        final long firstAt;
        int count;
        long latestAt;
        long sequence;

        Receives(long firstAt) {
            this.firstAt = firstAt;
        }
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
