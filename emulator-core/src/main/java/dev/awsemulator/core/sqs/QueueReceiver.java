package dev.awsemulator.core.sqs;

import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.time.Clock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The receiving side of one queue: hands available messages to a receive, oldest first, hiding each for
 * its visibility timeout and moving those received too often to the dead-letter queue; parks a receive
 * that finds none as a long poll, and serves the waiting ones as messages become available; deletes and
 * hides received messages by receipt handle. Keeps the in-flight quota and FIFO receive attempts. Every
 * method runs under the queue's lock; what must run after it is released (answering a long poll, a
 * dead-letter move) is handed back to the caller.
 */
final class QueueReceiver {

    private static final long MAX_VISIBILITY_MILLIS = Duration.ofHours(12).toMillis();

    private final Queue queue;
    private final Clock clock;
    private final MessageStore messages;
    private final QueueJournal journal;
    /** Finds a dead-letter queue by ARN; a message is redriven only while its target exists. */
    private final Function<String, Queue> queuesByArn;
    private final LongPolls longPolls;
    private final InFlightQuota inFlight = new InFlightQuota();
    private final ReceiveAttempts attempts = new ReceiveAttempts();
    /** Numbers the receives, so a receipt handle tells which receive issued it. */
    private long receiveSequence;

    QueueReceiver(Queue queue, Clock clock, MessageStore messages, QueueJournal journal,
                  Function<String, Queue> queuesByArn, LongPolls longPolls) {
        this.queue = queue;
        this.clock = clock;
        this.messages = messages;
        this.journal = journal;
        this.queuesByArn = queuesByArn;
        this.longPolls = longPolls;
    }

    long receiveSequence() {
        return receiveSequence;
    }

    /** Moves the receive numbering on to where a data directory says it was. */
    void restoreReceiveSequence(long reached) {
        receiveSequence = Math.max(receiveSequence, reached);
    }

    // ---- receiving ----

    /**
     * Receives up to {@code max} messages now, or, when there are none and {@code waitSeconds} allows, parks
     * the receive as a long poll whose future completes later. Dead-letter moves go to {@code toDeadLetter}.
     */
    CompletableFuture<List<ReceivedMessage>> receive(int max, int visibilitySeconds, int waitSeconds,
                                                     String attemptId, boolean queueDeleted,
                                                     DeadLetters toDeadLetter) {
        long now = clock.millis();
        List<ReceivedMessage> received = attemptId == null ? null : repeatAttempt(attemptId, visibilitySeconds, now);
        if (received != null) {
            return CompletableFuture.completedFuture(received);
        }
        if (waitSeconds == 0 && !queue.fifo() && inFlight.room(max, now, messages) == 0) {
            throw SqsError.OVER_LIMIT.exception("The queue " + queue.ref.name() + " has reached the quota of "
                    + InFlightQuota.MAX_IN_FLIGHT + " in-flight messages. Delete received messages, or wait for "
                    + "their visibility timeouts to end.");
        }
        received = take(max, visibilitySeconds, now, toDeadLetter);
        if (received.isEmpty() && waitSeconds > 0 && !queueDeleted) {
            CompletableFuture<List<ReceivedMessage>> waiting =
                    longPolls.add(max, visibilitySeconds, attemptId, waitSeconds);
            scheduleWakeUp(now);
            return waiting;
        }
        if (attemptId != null) {
            attempts.remember(attemptId, received, now);
        }
        return CompletableFuture.completedFuture(received);
    }

    private List<ReceivedMessage> take(int requested, int visibilitySeconds, long now, DeadLetters toDeadLetter) {
        int max = inFlight.room(requested, now, messages);
        Receive receive = new Receive(queue.settings(), visibilitySeconds, now, toDeadLetter);
        List<ScheduleEntry> visited = new ArrayList<>();
        while (receive.taken.size() < max && messages.hasAvailable(now)) {
            ScheduleEntry entry = messages.pollFirst();
            if (entry instanceof MessageGroup group) {
                visited.add(group);
                for (Iterator<QueuedMessage> it = group.iterator(); it.hasNext() && receive.taken.size() < max; ) {
                    Turn turn = receive.offer(it.next());
                    if (turn == Turn.GONE) {
                        it.remove();
                    } else if (turn == Turn.HIDDEN) {
                        break;
                    }
                }
            } else if (receive.offer((QueuedMessage) entry) != Turn.GONE) {
                visited.add(entry);
            }
        }
        for (ScheduleEntry entry : visited) {
            messages.reinsert(entry);
        }
        inFlight.taken(receive.taken.size());
        return receive.taken;
    }

    /** What became of a message offered to a receive. */
    private enum Turn { GONE, HIDDEN, TAKEN }

    /** One receive's rules and results, applied to the messages the schedule offers it, oldest first. */
    private final class Receive {
        final List<ReceivedMessage> taken = new ArrayList<>();
        private final boolean fifo;
        private final int visibilitySeconds;
        private final long now;
        private final DeadLetters toDeadLetter;
        private final RedrivePolicy redrive;
        private final Queue deadLetterQueue;
        private final long retentionMillis;

        Receive(QueueSettings settings, int visibilitySeconds, long now, DeadLetters toDeadLetter) {
            this.fifo = settings.fifo;
            this.visibilitySeconds = visibilitySeconds;
            this.now = now;
            this.toDeadLetter = toDeadLetter;
            this.redrive = settings.redrivePolicy;
            this.deadLetterQueue = redrive == null ? null : queuesByArn.apply(redrive.deadLetterTargetArn());
            this.retentionMillis = settings.messageRetentionPeriod * 1000L;
        }

        /** Takes the message, or drops it (expired, or moved to the dead-letter queue): then it is GONE. */
        Turn offer(QueuedMessage message) {
            if (message.sentAt + retentionMillis <= now) {
                messages.forget(message);
                journal.removed(queue.arn, message.messageId());
                return Turn.GONE;
            }
            if (message.visibleAt > now) {
                return Turn.HIDDEN;
            }
            if (deadLetterQueue != null && message.receiveCount() >= redrive.maxReceiveCount()) {
                messages.forget(message);
                toDeadLetter.add(queue, deadLetterQueue, message.deadLettered(queue.arn, fifo, now));
                return Turn.GONE;
            }
            message.receive(now, ++receiveSequence);
            message.visibleAt = now + visibilitySeconds * 1000L;
            journal.received(queue.arn, message);
            taken.add(new ReceivedMessage(message, handleOf(message), message.receiveCount(),
                    message.firstReceiveAt()));
            return Turn.TAKEN;
        }
    }

    /**
     * The messages of an earlier receive with the same attempt id, if all are still in flight under
     * the handles it issued. A retry resets their visibility timeout (ReceiveRequestAttemptId docs).
     */
    private List<ReceivedMessage> repeatAttempt(String attemptId, int visibilitySeconds, long now) {
        List<ReceivedMessage> earlier = attempts.earlier(attemptId, now);
        if (earlier == null) {
            return null;
        }
        List<QueuedMessage> current = new ArrayList<>();
        for (ReceivedMessage received : earlier) {
            QueuedMessage message = messages.get(received.message().messageId());
            if (message == null || !message.inFlight(now)
                    || !received.receiptHandle().equals(handleOf(message))) {
                attempts.forget(attemptId);
                return null;
            }
            current.add(message);
        }
        for (QueuedMessage message : current) {
            message.visibleAt = now + visibilitySeconds * 1000L;
            journal.received(queue.arn, message);
            messages.reschedule(message);
        }
        return earlier;
    }

    private String handleOf(QueuedMessage message) {
        return new ReceiptHandle(queue.arn, message.messageId(), message.receiveSequence()).encode();
    }

    // ---- long polls ----

    /** Hands available messages to waiting receivers, oldest waiter first; returns their completions. */
    List<Runnable> serveWaiters(long now) {
        if (longPolls.isEmpty()) {
            return List.of();
        }
        List<Runnable> completions = new ArrayList<>();
        DeadLetters toDeadLetter = new DeadLetters();
        while (!longPolls.isEmpty()) {
            LongPolls.Waiter waiter = longPolls.first();
            List<ReceivedMessage> taken = take(waiter.max, waiter.visibilitySeconds, now, toDeadLetter);
            if (taken.isEmpty()) {
                break;
            }
            longPolls.removeFirst();
            if (waiter.attemptId != null) {
                attempts.remember(waiter.attemptId, taken, now);
            }
            completions.add(() -> waiter.answer(taken));
        }
        completions.add(toDeadLetter::forward);
        scheduleWakeUp(now);
        return completions;
    }

    /**
     * While receivers wait, a timer fires when the earliest hidden or delayed message reappears:
     * time alone can make a message available, and nothing else would tell the waiters.
     */
    private void scheduleWakeUp(long now) {
        if (longPolls.isEmpty() || messages.isEmpty()) {
            return;
        }
        long next = messages.nextAvailableAt();
        if (next <= now) {
            // Messages are available, yet the waiters took none: the in-flight quota holds them back until it
            // is counted again (a visibility timeout may have ended meanwhile) or a delete makes room.
            next = Math.max(now + 1, inFlight.recountAt());
        }
        longPolls.wakeUpAt(next, now);
    }

    // ---- deleting and hiding ----

    /** Deletes the message a receipt handle names, if it is still there; returns the waiters' completions. */
    List<Runnable> delete(String receiptHandle) {
        QueuedMessage message = messageFor(receiptHandle, true);
        if (message == null) {
            return List.of();
        }
        long now = clock.millis();
        if (message.inFlight(now)) {
            inFlight.released();
        }
        messages.remove(message);
        journal.removed(queue.arn, message.messageId());
        // Deleting the last in-flight message of a FIFO group unblocks the group's next message.
        return serveWaiters(now);
    }

    /**
     * Sets how long a received message stays hidden, counted from now, within 12 hours of its receive;
     * returns the waiters' completions.
     */
    List<Runnable> changeVisibility(String receiptHandle, int visibilitySeconds) {
        long now = clock.millis();
        QueuedMessage message = messageFor(receiptHandle, false);
        if (message == null) {
            throw SqsError.invalidParameter("Value " + receiptHandle + " for parameter ReceiptHandle is invalid. "
                    + "Reason: Message does not exist or is not available for visibility timeout change.");
        }
        if (!message.inFlight(now)) {
            throw SqsError.MESSAGE_NOT_INFLIGHT.exception("Message does not exist or is not in flight.");
        }
        long visibleAt = now + visibilitySeconds * 1000L;
        if (visibleAt - message.receivedAt() > MAX_VISIBILITY_MILLIS) {
            throw SqsError.invalidParameter("Value " + visibilitySeconds + " for parameter VisibilityTimeout is "
                    + "invalid. Reason: Total VisibilityTimeout for the message is beyond the limit [43200 seconds]");
        }
        message.visibleAt = visibleAt;
        journal.received(queue.arn, message);
        messages.reschedule(message);
        return serveWaiters(now);
    }

    /**
     * The message a receipt handle names, or null if it is gone. A handle that is not ours fails. A
     * stale handle (the message was received again since) or, on FIFO queues, a handle whose
     * visibility timeout ended, is refused the way AWS refuses it.
     */
    private QueuedMessage messageFor(String receiptHandle, boolean deleting) {
        ReceiptHandle handle = ReceiptHandle.decode(receiptHandle);
        if (handle == null || !handle.queueArn().equals(queue.arn)) {
            throw SqsError.RECEIPT_HANDLE_IS_INVALID.exception(
                    "The input receipt handle \"" + receiptHandle + "\" is not a valid receipt handle.");
        }
        QueuedMessage message = messages.get(handle.messageId());
        if (message == null) {
            return null;
        }
        boolean current = message.receiveSequence() == handle.receiveSequence();
        if (queue.fifo() && (!current || !message.inFlight(clock.millis()))) {
            throw expiredHandle(receiptHandle);
        }
        if (!current) {
            // Standard queues accept a stale handle but only the latest one deletes (SQS developer guide).
            if (deleting) {
                return null;
            }
            throw expiredHandle(receiptHandle);
        }
        return message;
    }

    private static AwsException expiredHandle(String receiptHandle) {
        return SqsError.invalidParameter("Value " + receiptHandle
                + " for parameter ReceiptHandle is invalid. Reason: The receipt handle has expired.");
    }

    /** Forgets every receive attempt: the messages they received are gone. */
    void clear() {
        attempts.clear();
    }
}
