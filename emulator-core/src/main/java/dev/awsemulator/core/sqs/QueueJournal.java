package dev.awsemulator.core.sqs;

import dev.awsemulator.core.common.DeduplicationWindow;
import dev.awsemulator.core.persistence.StateJournal;
import dev.awsemulator.core.persistence.StateKind;
import dev.awsemulator.core.sqs.api.MessageAttributeValue;

import java.util.Map;
import java.util.UUID;

/**
 * What a queue records in the state journal, as images separate from the in-memory classes: the queue
 * (settings, tags, times, counters), each message (content and receive state, written when it arrives),
 * each receive-state change, and FIFO deduplication entries. The scope of all of them is the queue's ARN,
 * so deleting or purging a queue drops them at once. Called under the queue's lock.
 */
final class QueueJournal {

    static final StateKind<QueueImage> QUEUE = new StateKind<>("sqs.queue", QueueImage.class);
    static final StateKind<MessageImage> MESSAGE = new StateKind<>("sqs.message", MessageImage.class);
    static final StateKind<ReceiveImage> RECEIVE = new StateKind<>("sqs.receive", ReceiveImage.class);
    static final StateKind<DeduplicationImage> DEDUPLICATION =
            new StateKind<>("sqs.deduplication", DeduplicationImage.class);
    /** The id of the queue's own image within its scope; message ids are UUIDs and never empty. */
    static final String QUEUE_ID = "";

    record QueueImage(String partition, String region, String accountId, String name, Map<String, String> settings,
                      Map<String, String> tags, long createdAt, long lastModifiedAt, long receiveSequence,
                      long fifoSequence) {
    }

    record MessageImage(String messageId, String body, Map<String, MessageAttributeValue> attributes,
                        Map<String, MessageAttributeValue> systemAttributes, long sentAt, String senderId,
                        String groupId, String deduplicationId, String deadLetterSourceArn, String sequenceNumber,
                        ReceiveImage receive) {
    }

    record ReceiveImage(long visibleAt, int receiveCount, long firstReceiveAt, long receivedAt, long receiveSequence) {
    }

    record DeduplicationImage(String key, String messageId, String sequenceNumber, long expiresAt) {
    }

    private final StateJournal journal;

    QueueJournal(StateJournal journal) {
        this.journal = journal;
    }

    boolean enabled() {
        return journal.enabled();
    }

    void queue(QueueImage image) {
        if (journal.enabled()) {
            journal.put(QUEUE, arn(image), QUEUE_ID, image);
        }
    }

    /** The queue and everything in it are gone; {@code replacement}, if any, starts it again empty. */
    void dropped(String queueArn, QueueImage replacement) {
        if (journal.enabled()) {
            journal.drop(queueArn);
            if (replacement != null) {
                queue(replacement);
            }
        }
    }

    void sent(String queueArn, QueuedMessage message) {
        if (journal.enabled()) {
            journal.put(MESSAGE, queueArn, message.messageId(), image(message));
        }
    }

    void received(String queueArn, QueuedMessage message) {
        if (journal.enabled()) {
            journal.put(RECEIVE, queueArn, message.messageId(), receiveImage(message));
        }
    }

    void removed(String queueArn, String messageId) {
        if (journal.enabled()) {
            journal.remove(queueArn, messageId);
        }
    }

    void deduplication(String queueArn, DeduplicationWindow.Entry entry) {
        if (journal.enabled()) {
            journal.put(DEDUPLICATION, queueArn, "dedup:" + entry.key(), new DeduplicationImage(entry.key(),
                    entry.messageId(), entry.sequenceNumber(), entry.expiresAt()));
        }
    }

    static DeduplicationWindow.Entry entry(DeduplicationImage image) {
        return new DeduplicationWindow.Entry(image.key(), image.messageId(), image.sequenceNumber(), image.expiresAt());
    }

    static String arn(QueueImage image) {
        return new QueueRef(image.partition(), image.region(), image.accountId(), image.name()).arn();
    }

    static MessageImage image(QueuedMessage message) {
        return new MessageImage(message.messageId(), message.body(), message.attributes(), message.systemAttributes(),
                message.sentAt, message.senderId, message.groupId(), message.deduplicationId(),
                message.deadLetterSourceArn(), message.sequenceNumber(), receiveImage(message));
    }

    static ReceiveImage receiveImage(QueuedMessage message) {
        return new ReceiveImage(message.visibleAt, message.receiveCount(), message.firstReceiveAt(),
                message.receivedAt(), message.receiveSequence());
    }

    /** The message an image describes, with the latest receive state known for it. */
    static QueuedMessage message(MessageImage image, ReceiveImage latest) {
        QueuedMessage message = new QueuedMessage(UUID.fromString(image.messageId()), image.body(), orEmpty(image.attributes()),
                orEmpty(image.systemAttributes()), image.sentAt(), image.senderId(), image.groupId(),
                image.deduplicationId(), image.deadLetterSourceArn());
        if (image.sequenceNumber() != null) {
            message.sequenceNumber(image.sequenceNumber());
        }
        ReceiveImage receive = latest != null ? latest : image.receive();
        message.visibleAt = receive.visibleAt();
        message.restoreReceives(receive.receiveCount(), receive.firstReceiveAt(), receive.receivedAt(),
                receive.receiveSequence());
        return message;
    }

    private static Map<String, MessageAttributeValue> orEmpty(Map<String, MessageAttributeValue> attributes) {
        return attributes == null || attributes.isEmpty() ? Map.of() : attributes;
    }
}
