package dev.awsemulator.core.sqs;

import dev.awsemulator.core.common.DeduplicationWindow;
import dev.awsemulator.core.common.RetainedMemory;
import dev.awsemulator.core.common.TagMap;
import dev.awsemulator.core.time.Clock;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * One queue: its identity, settings and tags, and its lock. The messages live in a {@link MessageStore};
 * sending (with FIFO deduplication) happens here, receiving, hiding and deleting in the
 * {@link QueueReceiver}, whose waiting receives are {@link LongPolls}. All of them are guarded by the
 * queue's own lock. Futures of waiting receivers and dead-letter moves complete after the lock is
 * released, so no callback ever runs while a queue is locked and two queues are never locked at once.
 * Every change of the messages is journaled, under the lock, as it happens.
 */
final class Queue {

    final QueueRef ref;
    final String arn;
    final long createdAt;
    private final Clock clock;
    private final QueueJournal journal;
    private final RetainedMemory memory;

    private volatile QueueSettings settings;
    private volatile long lastModifiedAt;
    private final TagMap tags = new TagMap();

    private final MessageStore messages;
    private final LongPolls longPolls;
    private final QueueReceiver receiver;
    private final DeduplicationWindow deduplications = new DeduplicationWindow();
    /** The sequence number of the latest message of a FIFO queue. */
    private long fifoSequence;
    private boolean deleted;

    Queue(QueueRef ref, QueueSettings settings, Map<String, String> tags, Clock clock,
          Function<String, Queue> queuesByArn, QueueJournal journal, RetainedMemory memory) {
        this(ref, settings, tags, clock, queuesByArn, journal, memory, clock.millis());
    }

    private Queue(QueueRef ref, QueueSettings settings, Map<String, String> tags, Clock clock,
                  Function<String, Queue> queuesByArn, QueueJournal journal, RetainedMemory memory,
                  long createdAt) {
        this.ref = ref;
        this.arn = ref.arn();
        this.settings = settings;
        this.clock = clock;
        this.journal = journal;
        this.memory = memory;
        this.createdAt = createdAt;
        this.lastModifiedAt = createdAt;
        this.tags.putAll(tags);
        this.messages = new MessageStore(settings.fifo, memory);
        this.longPolls = new LongPolls(clock, this::wakeUp, this::expire);
        this.receiver = new QueueReceiver(this, clock, messages, journal, queuesByArn, longPolls);
    }

    // ---- persistence ----

    /**
     * A queue as a data directory kept it, with its messages and deduplication window.
     *
     * @param queuesByArn finds a dead-letter queue by ARN; a message is redriven only while its target exists
     */
    static Queue restored(QueueJournal.QueueImage image, Map<String, QueueJournal.MessageImage> messages,
                          Map<String, QueueJournal.ReceiveImage> receives,
                          Map<String, QueueJournal.DeduplicationImage> deduplications, Clock clock,
                          Function<String, Queue> queuesByArn, QueueJournal journal, RetainedMemory memory) {
        Queue queue = new Queue(new QueueRef(image.partition(), image.region(), image.accountId(), image.name()),
                QueueSettings.restored(image.settings()), image.tags(), clock, queuesByArn, journal, memory,
                image.createdAt());
        synchronized (queue) {
            queue.lastModifiedAt = image.lastModifiedAt();
            queue.receiver.restoreReceiveSequence(image.receiveSequence());
            queue.fifoSequence = image.fifoSequence();
            messages.forEach((id, message) -> {
                QueuedMessage restored = QueueJournal.message(message, receives.get(id));
                queue.receiver.restoreReceiveSequence(restored.receiveSequence());
                queue.fifoSequence = Math.max(queue.fifoSequence, sequence(restored.sequenceNumber()));
                memory.charge(MessageFootprint.of(restored));
                queue.messages.add(restored);
            });
            // Expired entries still tell how far the sequence got; only live ones deduplicate.
            deduplications.values().forEach(entry ->
                    queue.fifoSequence = Math.max(queue.fifoSequence, sequence(entry.sequenceNumber())));
            queue.deduplications.restore(deduplications.values().stream().map(QueueJournal::entry).toList(),
                    clock.millis());
        }
        return queue;
    }

    private static long sequence(String sequenceNumber) {
        return sequenceNumber == null ? 0 : Long.parseLong(sequenceNumber);
    }

    /** Journals a new queue: whatever an earlier queue of the same name left is gone. */
    synchronized void persistCreated() {
        journal.dropped(arn, image());
    }

    /** Journals the queue's settings, tags and counters, as they are now. */
    synchronized void persist() {
        journal.queue(image());
    }

    private QueueJournal.QueueImage image() {
        return new QueueJournal.QueueImage(ref.partition(), ref.region(), ref.accountId(), ref.name(),
                settings.values(), tags.snapshot(), createdAt, lastModifiedAt, receiver.receiveSequence(),
                fifoSequence);
    }

    /** Writes the queue and everything in it, for a snapshot, in the order the messages were sent. */
    synchronized void export(QueueJournal out) {
        out.queue(image());
        for (QueuedMessage message : messages.inSendOrder()) {
            out.sent(arn, message);
        }
        for (DeduplicationWindow.Entry entry : deduplications.live(clock.millis())) {
            out.deduplication(arn, entry);
        }
    }

    // ---- settings ----

    QueueSettings settings() {
        return settings;
    }

    boolean fifo() {
        return settings.fifo;
    }

    long lastModifiedAt() {
        return lastModifiedAt;
    }

    /** Replaces the settings; the caller holds the queue's lock and journals the queue after. */
    void settings(QueueSettings next) {
        settings = next;
        lastModifiedAt = clock.millis();
    }

    TagMap tags() {
        return tags;
    }

    // ---- sending ----

    record SendOutcome(String messageId, String sequenceNumber) {
    }

    /**
     * Enqueues {@code message}, visible after {@code delaySeconds}. A FIFO message whose
     * deduplication key was seen in the last five minutes is accepted but not enqueued again. The
     * caller has reserved the message's footprint; it is released here when the message is not kept.
     */
    SendOutcome send(QueuedMessage message, int delaySeconds) {
        List<Runnable> completions;
        SendOutcome outcome;
        synchronized (this) {
            if (deleted) {
                // The queue went while the send was on its way: nothing keeps the message.
                memory.release(MessageFootprint.of(message));
                return new SendOutcome(message.messageId(), null);
            }
            long now = clock.millis();
            if (settings.fifo) {
                String key = settings.deduplicationPerMessageGroup
                        ? message.groupId() + "\n" + message.deduplicationId() : message.deduplicationId();
                DeduplicationWindow.Entry earlier = deduplications.earlier(key, now);
                if (earlier != null) {
                    memory.release(MessageFootprint.of(message));
                    return new SendOutcome(earlier.messageId(), earlier.sequenceNumber());
                }
                message.sequenceNumber(String.format("%020d", ++fifoSequence));
                journal.deduplication(arn, deduplications.add(key, message.messageId(), message.sequenceNumber(),
                        now));
            }
            message.visibleAt = now + delaySeconds * 1000L;
            messages.add(message);
            journal.sent(arn, message);
            outcome = new SendOutcome(message.messageId(), message.sequenceNumber());
            completions = receiver.serveWaiters(now);
        }
        completions.forEach(Runnable::run);
        return outcome;
    }

    /**
     * Adds messages moved here from another queue, keeping their content and original send time. They
     * are charged whatever the bound: refusing them would lose them.
     */
    void accept(List<QueuedMessage> moved) {
        List<Runnable> completions;
        synchronized (this) {
            if (deleted) {
                return;
            }
            long now = clock.millis();
            for (QueuedMessage message : moved) {
                memory.charge(MessageFootprint.of(message));
                if (settings.fifo) {
                    message.sequenceNumber(String.format("%020d", ++fifoSequence));
                }
                message.visibleAt = now;
                messages.add(message);
                journal.sent(arn, message);
            }
            completions = receiver.serveWaiters(now);
        }
        completions.forEach(Runnable::run);
    }

    // ---- receiving ----

    /**
     * Receives up to {@code max} messages, waiting up to {@code waitSeconds} for the first one to
     * become available. Waiting holds no thread: the future completes from whatever makes a message
     * available (a send, a visibility change, a timer) or from the wait's timeout.
     */
    CompletableFuture<List<ReceivedMessage>> receive(int max, int visibilitySeconds, int waitSeconds,
                                                     String attemptId) {
        CompletableFuture<List<ReceivedMessage>> received;
        DeadLetters toDeadLetter = new DeadLetters();
        synchronized (this) {
            received = receiver.receive(max, visibilitySeconds, waitSeconds, attemptId, deleted, toDeadLetter);
        }
        toDeadLetter.forward();
        return received;
    }

    /** Stops waiting for {@code future}'s receive, e.g. because the caller went away; it takes nothing after. */
    void cancel(CompletableFuture<List<ReceivedMessage>> future) {
        LongPolls.Waiter cancelled;
        synchronized (this) {
            cancelled = longPolls.remove(future);
        }
        if (cancelled != null) {
            cancelled.answer(List.of());
        }
    }

    synchronized int waitingReceives() {
        return longPolls.size();
    }

    private void expire(LongPolls.Waiter waiter) {
        boolean removed;
        synchronized (this) {
            removed = longPolls.remove(waiter);
        }
        if (removed) {
            waiter.expired();
        }
    }

    private void wakeUp() {
        List<Runnable> completions;
        synchronized (this) {
            longPolls.wokeUp();
            completions = receiver.serveWaiters(clock.millis());
        }
        completions.forEach(Runnable::run);
    }

    // ---- deleting and hiding ----

    void delete(String receiptHandle) {
        List<Runnable> completions;
        synchronized (this) {
            completions = receiver.delete(receiptHandle);
        }
        completions.forEach(Runnable::run);
    }

    /** Sets how long a received message stays hidden, counted from now, within 12 hours of its receive. */
    void changeVisibility(String receiptHandle, int visibilitySeconds) {
        List<Runnable> completions;
        synchronized (this) {
            completions = receiver.changeVisibility(receiptHandle, visibilitySeconds);
        }
        completions.forEach(Runnable::run);
    }

    /** Deletes every message, in flight or not. */
    synchronized void purge() {
        clearMessages();
        journal.dropped(arn, image());
    }

    private void clearMessages() {
        messages.clear();
        receiver.clear();
    }

    /** Drops the messages whose retention period is over, which otherwise go only when a receive meets them. */
    synchronized void dropExpired() {
        long expiredBefore = clock.millis() - settings.messageRetentionPeriod * 1000L;
        for (QueuedMessage message : messages.all()) {
            if (message.sentAt <= expiredBefore) {
                messages.remove(message);
                journal.removed(arn, message.messageId());
            }
        }
    }

    /** Journals that a message drained by a move task has reached its target; until then a restart keeps it here. */
    synchronized void moved(String messageId) {
        journal.removed(arn, messageId);
    }

    /** Messages to move elsewhere (a move task): removed from this queue, oldest first, at most {@code max}. */
    synchronized List<QueuedMessage> drain(int max) {
        long now = clock.millis();
        List<QueuedMessage> drained = new ArrayList<>();
        for (QueuedMessage message : messages.inSendOrder()) {
            if (drained.size() == max) {
                return drained;
            }
            if (!message.inFlight(now)) {
                messages.remove(message);
                drained.add(message);
            }
        }
        return drained;
    }

    /** Ends every waiting receive with no messages and lets go of every message; the queue is gone. */
    void close() {
        synchronized (this) {
            deleted = true;
            clearMessages();
        }
        endWaits();
    }

    /** Ends every waiting receive with no messages; the queue and its messages stay. */
    void endWaits() {
        List<LongPolls.Waiter> waiting;
        synchronized (this) {
            waiting = longPolls.removeAll();
        }
        waiting.forEach(waiter -> waiter.answer(List.of()));
    }

    // ---- inspection ----

    /** The first {@code limit} unexpired messages in send order, read without touching visibility or receive counts. */
    synchronized List<PeekedMessage> peek(int limit) {
        return messages.peek(limit, clock.millis(), settings.messageRetentionPeriod * 1000L);
    }

    synchronized MessageCounts counts() {
        return messages.counts(clock.millis(), settings.messageRetentionPeriod * 1000L);
    }
}
