package dev.awsemulator.core.sqs;

import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.common.RetainedMemory;
import dev.awsemulator.core.common.TagMap;
import dev.awsemulator.core.time.Cancellable;
import dev.awsemulator.core.time.Clock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * One queue: its settings and its messages. Every change happens under the queue's own lock; futures
 * of waiting receivers and dead-letter moves complete after the lock is released, so no callback
 * ever runs while a queue is locked and two queues are never locked at once.
 */
final class Queue {

    private static final long DEDUPLICATION_WINDOW_MILLIS = Duration.ofMinutes(5).toMillis();
    private static final long MAX_VISIBILITY_MILLIS = Duration.ofHours(12).toMillis();
    /**
     * AWS's quota of in-flight messages per queue, standard and FIFO alike (SQS developer guide, queue
     * quotas): beyond it a short-polling receive of a standard queue answers OverLimit, and every other
     * receive simply gets nothing more until messages are deleted or reappear.
     */
    static final int MAX_IN_FLIGHT = 120_000;
    private static final long IN_FLIGHT_RECOUNT_MILLIS = 1_000;

    final QueueRef ref;
    final String arn;
    final long createdAt;
    private final Clock clock;
    /** Finds a dead-letter queue by ARN; a message is redriven only while its target exists. */
    private final Function<String, Queue> queuesByArn;
    private final QueueJournal journal;
    private final RetainedMemory memory;

    private volatile QueueSettings settings;
    private volatile long lastModifiedAt;
    private final TagMap tags = new TagMap();

    private final Schedule schedule = new Schedule();
    private final Map<String, MessageGroup> fifoGroups = new HashMap<>();
    private final MessageIndex messages = new MessageIndex();
    private final Map<String, Deduplication> deduplications = new HashMap<>();
    private final ArrayDeque<Deduplication> deduplicationExpiry = new ArrayDeque<>();
    private final Map<String, AttemptResult> receiveAttempts = new HashMap<>();
    private final ArrayDeque<Waiter> waiters = new ArrayDeque<>();
    private Cancellable wakeUp;
    private long wakeUpAt = Long.MAX_VALUE;
    private long order;
    private long receiveSequence;
    private long fifoSequence;
    private boolean deleted;
    /** What this queue's messages are charged against the emulator's retained memory. */
    private long retainedBytes;
    /**
     * Messages in flight as last counted, kept up by receives and deletes between counts. Counted only
     * near the quota, at most once a second of clock time, since visibility timeouts end without an event.
     */
    private int inFlight;
    /** When {@link #inFlight} is next counted again; 0 while the queue is far from the quota. */
    private long inFlightRecountAt;

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
        this.queuesByArn = queuesByArn;
        this.journal = journal;
        this.memory = memory;
        this.createdAt = createdAt;
        this.lastModifiedAt = createdAt;
        this.tags.putAll(tags);
    }

    // ---- persistence ----

    /** A queue as a data directory kept it, with its messages and deduplication window. */
    static Queue restored(QueueJournal.QueueImage image, Map<String, QueueJournal.MessageImage> messages,
                          Map<String, QueueJournal.ReceiveImage> receives,
                          Map<String, QueueJournal.DeduplicationImage> deduplications, Clock clock,
                          Function<String, Queue> queuesByArn, QueueJournal journal, RetainedMemory memory) {
        Queue queue = new Queue(new QueueRef(image.partition(), image.region(), image.accountId(), image.name()),
                QueueSettings.restored(image.settings()), image.tags(), clock, queuesByArn, journal, memory,
                image.createdAt());
        synchronized (queue) {
            queue.lastModifiedAt = image.lastModifiedAt();
            queue.receiveSequence = image.receiveSequence();
            queue.fifoSequence = image.fifoSequence();
            messages.forEach((id, message) -> {
                QueuedMessage restored = QueueJournal.message(message, receives.get(id));
                queue.receiveSequence = Math.max(queue.receiveSequence, restored.receiveSequence());
                queue.fifoSequence = Math.max(queue.fifoSequence, sequence(restored.sequenceNumber()));
                queue.memory.charge(MessageFootprint.of(restored));
                queue.enqueue(restored);
            });
            long now = clock.millis();
            // Expired entries still tell how far the sequence got; only live ones deduplicate.
            deduplications.values().forEach(entry ->
                    queue.fifoSequence = Math.max(queue.fifoSequence, sequence(entry.sequenceNumber())));
            deduplications.values().stream()
                    .filter(entry -> entry.expiresAt() > now)
                    .sorted(Comparator.comparingLong(QueueJournal.DeduplicationImage::expiresAt))
                    .forEach(entry -> {
                        Deduplication record = new Deduplication(entry.key(), entry.messageId(),
                                entry.sequenceNumber(), entry.expiresAt());
                        queue.deduplications.put(record.key, record);
                        queue.deduplicationExpiry.addLast(record);
                    });
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
                settings.values(), tags.snapshot(), createdAt, lastModifiedAt, receiveSequence, fifoSequence);
    }

    /** Writes the queue and everything in it, for a snapshot, in the order the messages were sent. */
    synchronized void export(QueueJournal out) {
        out.queue(image());
        for (QueuedMessage message : inSendOrder()) {
            out.sent(arn, message);
        }
        long now = clock.millis();
        for (Deduplication record : deduplicationExpiry) {
            if (record.expiresAt > now) {
                out.deduplication(arn, new QueueJournal.DeduplicationImage(record.key, record.messageId,
                        record.sequenceNumber, record.expiresAt));
            }
        }
    }

    QueueSettings settings() {
        return settings;
    }

    boolean fifo() {
        return settings.fifo;
    }

    long lastModifiedAt() {
        return lastModifiedAt;
    }

    synchronized void updateSettings(QueueSettings next) {
        settings = next;
        lastModifiedAt = clock.millis();
        persist();
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
                Deduplication earlier = earlierSend(key, now);
                if (earlier != null) {
                    memory.release(MessageFootprint.of(message));
                    return new SendOutcome(earlier.messageId, earlier.sequenceNumber);
                }
                message.sequenceNumber(String.format("%020d", ++fifoSequence));
                Deduplication record = new Deduplication(key, message.messageId(), message.sequenceNumber(),
                        now + DEDUPLICATION_WINDOW_MILLIS);
                deduplications.put(key, record);
                deduplicationExpiry.addLast(record);
                journal.deduplication(arn, new QueueJournal.DeduplicationImage(key, record.messageId,
                        record.sequenceNumber, record.expiresAt));
            }
            message.visibleAt = now + delaySeconds * 1000L;
            enqueue(message);
            journal.sent(arn, message);
            outcome = new SendOutcome(message.messageId(), message.sequenceNumber());
            completions = serveWaiters(now);
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
                enqueue(message);
                journal.sent(arn, message);
            }
            completions = serveWaiters(now);
        }
        completions.forEach(Runnable::run);
    }

    /** The send that {@code key} deduplicates against, if it was within the last five minutes. */
    private Deduplication earlierSend(String key, long now) {
        while (!deduplicationExpiry.isEmpty() && deduplicationExpiry.peekFirst().expiresAt <= now) {
            Deduplication expired = deduplicationExpiry.pollFirst();
            deduplications.remove(expired.key, expired);
        }
        return deduplications.get(key);
    }

    /** A standard queue's message is its own schedule entry; a FIFO queue's joins its group's. */
    private void enqueue(QueuedMessage message) {
        messages.add(message);
        retainedBytes += MessageFootprint.of(message);
        if (!settings.fifo) {
            message.order = ++order;
            schedule.add(message);
            return;
        }
        MessageGroup group = fifoGroups.get(message.groupId());
        if (group == null) {
            group = new MessageGroup(message.groupId(), ++order);
            fifoGroups.put(group.id, group);
        } else {
            schedule.remove(group);
        }
        group.addLast(message);
        message.group = group;
        group.availableAt = group.computeAvailableAt();
        schedule.add(group);
    }

    /** Every message, in send order within each FIFO group and between schedule entries. */
    private List<QueuedMessage> inSendOrder() {
        List<ScheduleEntry> entries = schedule.entries();
        entries.sort(Comparator.comparingLong(ScheduleEntry::order));
        List<QueuedMessage> all = new ArrayList<>(messages.size());
        for (ScheduleEntry entry : entries) {
            if (entry instanceof MessageGroup group) {
                all.addAll(group);
            } else {
                all.add((QueuedMessage) entry);
            }
        }
        return all;
    }

    // ---- receiving ----

    /**
     * Receives up to {@code max} messages, waiting up to {@code waitSeconds} for the first one to
     * become available. Waiting holds no thread: the future completes from whatever makes a message
     * available (a send, a visibility change, a timer) or from the wait's timeout.
     */
    CompletableFuture<List<ReceivedMessage>> receive(int max, int visibilitySeconds, int waitSeconds,
                                                     String attemptId) {
        List<ReceivedMessage> received;
        DeadLetters toDeadLetter = new DeadLetters();
        Waiter waiter = null;
        synchronized (this) {
            long now = clock.millis();
            received = attemptId == null ? null : repeatAttempt(attemptId, visibilitySeconds, now);
            if (received == null) {
                if (waitSeconds == 0 && !settings.fifo && inFlightRoom(max, now) == 0) {
                    throw SqsError.OVER_LIMIT.exception("The queue " + ref.name() + " has reached the quota of "
                            + MAX_IN_FLIGHT + " in-flight messages. Delete received messages, or wait for their "
                            + "visibility timeouts to end.");
                }
                received = take(max, visibilitySeconds, now, toDeadLetter);
                if (received.isEmpty() && waitSeconds > 0 && !deleted) {
                    waiter = new Waiter(max, visibilitySeconds, attemptId);
                    waiters.addLast(waiter);
                    Waiter registered = waiter;
                    waiter.timeout = clock.schedule(Duration.ofSeconds(waitSeconds), () -> expire(registered));
                    scheduleWakeUp(now);
                } else if (attemptId != null) {
                    rememberAttempt(attemptId, received, now);
                }
            }
        }
        toDeadLetter.forward();
        return waiter != null ? waiter.future : CompletableFuture.completedFuture(received);
    }

    /** Stops waiting for {@code future}'s receive, e.g. because the caller went away; it takes nothing after. */
    void cancel(CompletableFuture<List<ReceivedMessage>> future) {
        Waiter cancelled = null;
        synchronized (this) {
            for (Iterator<Waiter> it = waiters.iterator(); it.hasNext(); ) {
                Waiter waiter = it.next();
                if (waiter.future == future) {
                    it.remove();
                    cancelled = waiter;
                    break;
                }
            }
        }
        if (cancelled != null) {
            cancelled.timeout.cancel();
            cancelled.future.complete(List.of());
        }
    }

    synchronized int waitingReceives() {
        return waiters.size();
    }

    private void expire(Waiter waiter) {
        boolean removed;
        synchronized (this) {
            removed = waiters.remove(waiter);
        }
        if (removed) {
            waiter.future.complete(List.of());
        }
    }

    /** How many of {@code max} messages a receive may take now without passing the in-flight quota. */
    private int inFlightRoom(int max, long now) {
        if (messages.size() + max <= MAX_IN_FLIGHT) {
            inFlightRecountAt = 0;
            return max;
        }
        if (now >= inFlightRecountAt) {
            int counted = 0;
            for (QueuedMessage message : messages) {
                if (message.inFlight(now)) {
                    counted++;
                }
            }
            inFlight = counted;
            inFlightRecountAt = now + IN_FLIGHT_RECOUNT_MILLIS;
        }
        return Math.max(0, Math.min(max, MAX_IN_FLIGHT - inFlight));
    }

    private List<ReceivedMessage> take(int requested, int visibilitySeconds, long now, DeadLetters toDeadLetter) {
        int max = inFlightRoom(requested, now);
        Receive receive = new Receive(visibilitySeconds, now, toDeadLetter);
        List<ScheduleEntry> visited = new ArrayList<>();
        while (receive.taken.size() < max && !schedule.isEmpty() && schedule.first().availableAt() <= now) {
            ScheduleEntry entry = schedule.pollFirst();
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
            reinsert(entry);
        }
        inFlight += receive.taken.size();
        return receive.taken;
    }

    /** What became of a message offered to a receive. */
    private enum Turn { GONE, HIDDEN, TAKEN }

    /** One receive's rules and results, applied to the messages the schedule offers it, oldest first. */
    private final class Receive {
        final List<ReceivedMessage> taken = new ArrayList<>();
        private final int visibilitySeconds;
        private final long now;
        private final DeadLetters toDeadLetter;
        private final RedrivePolicy redrive = settings.redrivePolicy;
        private final Queue deadLetterQueue = redrive == null ? null : queuesByArn.apply(redrive.deadLetterTargetArn());
        private final long retentionMillis = settings.messageRetentionPeriod * 1000L;

        Receive(int visibilitySeconds, long now, DeadLetters toDeadLetter) {
            this.visibilitySeconds = visibilitySeconds;
            this.now = now;
            this.toDeadLetter = toDeadLetter;
        }

        /** Takes the message, or drops it (expired, or moved to the dead-letter queue): then it is GONE. */
        Turn offer(QueuedMessage message) {
            if (message.sentAt + retentionMillis <= now) {
                forget(message);
                journal.removed(arn, message.messageId());
                return Turn.GONE;
            }
            if (message.visibleAt > now) {
                return Turn.HIDDEN;
            }
            if (deadLetterQueue != null && message.receiveCount() >= redrive.maxReceiveCount()) {
                forget(message);
                toDeadLetter.add(Queue.this, deadLetterQueue, message.deadLettered(arn, settings.fifo, now));
                return Turn.GONE;
            }
            message.receive(now, ++receiveSequence);
            message.visibleAt = now + visibilitySeconds * 1000L;
            journal.received(arn, message);
            taken.add(new ReceivedMessage(message, handleOf(message), message.receiveCount(), message.firstReceiveAt()));
            return Turn.TAKEN;
        }
    }

    /** Puts an entry back by its sort key now; a FIFO group left empty is gone. */
    private void reinsert(ScheduleEntry entry) {
        if (entry instanceof MessageGroup group) {
            if (group.isEmpty()) {
                fifoGroups.remove(group.id, group);
                return;
            }
            group.availableAt = group.computeAvailableAt();
        }
        schedule.add(entry);
    }

    /** After a message's visibility changed: its schedule entry moves to where it now belongs. */
    private void reschedule(QueuedMessage message) {
        ScheduleEntry entry = message.group != null ? message.group : message;
        schedule.remove(entry);
        reinsert(entry);
    }

    /** Hands available messages to waiting receivers, oldest waiter first; returns their completions. */
    private List<Runnable> serveWaiters(long now) {
        if (waiters.isEmpty()) {
            return List.of();
        }
        List<Runnable> completions = new ArrayList<>();
        DeadLetters toDeadLetter = new DeadLetters();
        while (!waiters.isEmpty()) {
            Waiter waiter = waiters.peekFirst();
            List<ReceivedMessage> taken = take(waiter.max, waiter.visibilitySeconds, now, toDeadLetter);
            if (taken.isEmpty()) {
                break;
            }
            waiters.pollFirst();
            if (waiter.attemptId != null) {
                rememberAttempt(waiter.attemptId, taken, now);
            }
            completions.add(() -> {
                waiter.timeout.cancel();
                waiter.future.complete(taken);
            });
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
        if (waiters.isEmpty() || schedule.isEmpty()) {
            return;
        }
        long next = schedule.first().availableAt();
        if (next <= now) {
            // Messages are available, yet the waiters took none: the in-flight quota holds them back until it
            // is counted again (a visibility timeout may have ended meanwhile) or a delete makes room.
            next = Math.max(now + 1, inFlightRecountAt);
        }
        if (next >= wakeUpAt) {
            return;
        }
        if (wakeUp != null) {
            wakeUp.cancel();
        }
        wakeUpAt = next;
        wakeUp = clock.schedule(Duration.ofMillis(Math.max(0, next - now)), this::wakeUp);
    }

    private void wakeUp() {
        List<Runnable> completions;
        synchronized (this) {
            wakeUp = null;
            wakeUpAt = Long.MAX_VALUE;
            completions = serveWaiters(clock.millis());
        }
        completions.forEach(Runnable::run);
    }

    /**
     * The messages of an earlier receive with the same attempt id, if all are still in flight under
     * the handles it issued. A retry resets their visibility timeout (ReceiveRequestAttemptId docs).
     */
    private List<ReceivedMessage> repeatAttempt(String attemptId, int visibilitySeconds, long now) {
        AttemptResult earlier = receiveAttempts.get(attemptId);
        if (earlier == null || earlier.expiresAt <= now) {
            receiveAttempts.remove(attemptId);
            return null;
        }
        List<QueuedMessage> current = new ArrayList<>();
        for (ReceivedMessage received : earlier.messages) {
            QueuedMessage message = messages.get(received.message().messageId());
            if (message == null || !message.inFlight(now)
                    || !received.receiptHandle().equals(handleOf(message))) {
                receiveAttempts.remove(attemptId);
                return null;
            }
            current.add(message);
        }
        for (QueuedMessage message : current) {
            message.visibleAt = now + visibilitySeconds * 1000L;
            journal.received(arn, message);
            reschedule(message);
        }
        return earlier.messages;
    }

    private void rememberAttempt(String attemptId, List<ReceivedMessage> received, long now) {
        receiveAttempts.values().removeIf(attempt -> attempt.expiresAt <= now);
        receiveAttempts.put(attemptId, new AttemptResult(received, now + DEDUPLICATION_WINDOW_MILLIS));
    }

    private String handleOf(QueuedMessage message) {
        return new ReceiptHandle(arn, message.messageId(), message.receiveSequence()).encode();
    }

    // ---- deleting and hiding ----

    void delete(String receiptHandle) {
        List<Runnable> completions;
        synchronized (this) {
            QueuedMessage message = messageFor(receiptHandle, true);
            if (message == null) {
                return;
            }
            if (message.inFlight(clock.millis())) {
                inFlight--;
            }
            remove(message);
            journal.removed(arn, message.messageId());
            // Deleting the last in-flight message of a FIFO group unblocks the group's next message.
            completions = serveWaiters(clock.millis());
        }
        completions.forEach(Runnable::run);
    }

    /** Sets how long a received message stays hidden, counted from now, within 12 hours of its receive. */
    void changeVisibility(String receiptHandle, int visibilitySeconds) {
        List<Runnable> completions;
        synchronized (this) {
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
            journal.received(arn, message);
            reschedule(message);
            completions = serveWaiters(now);
        }
        completions.forEach(Runnable::run);
    }

    /**
     * The message a receipt handle names, or null if it is gone. A handle that is not ours fails. A
     * stale handle (the message was received again since) or, on FIFO queues, a handle whose
     * visibility timeout ended, is refused the way AWS refuses it.
     */
    private QueuedMessage messageFor(String receiptHandle, boolean deleting) {
        ReceiptHandle handle = ReceiptHandle.decode(receiptHandle);
        if (handle == null || !handle.queueArn().equals(arn)) {
            throw SqsError.RECEIPT_HANDLE_IS_INVALID.exception(
                    "The input receipt handle \"" + receiptHandle + "\" is not a valid receipt handle.");
        }
        QueuedMessage message = messages.get(handle.messageId());
        if (message == null) {
            return null;
        }
        boolean current = message.receiveSequence() == handle.receiveSequence();
        if (settings.fifo && (!current || !message.inFlight(clock.millis()))) {
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

    private void remove(QueuedMessage message) {
        forget(message);
        MessageGroup group = message.group;
        if (group == null) {
            schedule.remove(message);
            return;
        }
        schedule.remove(group);
        group.remove(message);
        reinsert(group);
    }

    /** Drops {@code message} from the index and releases what it was charged; its group is the caller's. */
    private void forget(QueuedMessage message) {
        messages.remove(message);
        long footprint = MessageFootprint.of(message);
        retainedBytes -= footprint;
        memory.release(footprint);
    }

    /** Deletes every message, in flight or not. */
    synchronized void purge() {
        clearMessages();
        journal.dropped(arn, image());
    }

    private void clearMessages() {
        messages.clear();
        schedule.clear();
        fifoGroups.clear();
        receiveAttempts.clear();
        memory.release(retainedBytes);
        retainedBytes = 0;
    }

    /** Drops the messages whose retention period is over, which otherwise go only when a receive meets them. */
    synchronized void dropExpired() {
        long expiredBefore = clock.millis() - settings.messageRetentionPeriod * 1000L;
        List<QueuedMessage> all = new ArrayList<>(messages.size());
        messages.forEach(all::add);
        for (QueuedMessage message : all) {
            if (message.sentAt <= expiredBefore) {
                remove(message);
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
        for (QueuedMessage message : inSendOrder()) {
            if (drained.size() == max) {
                return drained;
            }
            if (!message.inFlight(now)) {
                remove(message);
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
        List<Waiter> waiting;
        synchronized (this) {
            waiting = new ArrayList<>(waiters);
            waiters.clear();
            if (wakeUp != null) {
                wakeUp.cancel();
            }
        }
        for (Waiter waiter : waiting) {
            waiter.timeout.cancel();
            waiter.future.complete(List.of());
        }
    }

    /** The first {@code limit} unexpired messages in send order, read without touching visibility or receive counts. */
    synchronized List<PeekedMessage> peek(int limit) {
        long now = clock.millis();
        long retentionMillis = settings.messageRetentionPeriod * 1000L;
        List<QueuedMessage> live = new ArrayList<>(inSendOrder());
        live.removeIf(message -> message.sentAt + retentionMillis <= now);
        live.sort(Comparator.comparingLong(message -> message.sentAt));
        return live.stream().limit(limit).map(message -> new PeekedMessage(message.messageId(), message.body(),
                message.attributes(), stateOf(message, now), message.receiveCount(), Instant.ofEpochMilli(message.sentAt),
                message.groupId(), message.deduplicationId(), message.sequenceNumber())).toList();
    }

    private static PeekedMessage.State stateOf(QueuedMessage message, long now) {
        if (message.inFlight(now)) {
            return PeekedMessage.State.IN_FLIGHT;
        }
        return message.visibleAt > now ? PeekedMessage.State.DELAYED : PeekedMessage.State.VISIBLE;
    }

    record Counts(long visible, long notVisible, long delayed) {
    }

    synchronized Counts counts() {
        long now = clock.millis();
        long retentionMillis = settings.messageRetentionPeriod * 1000L;
        long visible = 0;
        long notVisible = 0;
        long delayed = 0;
        for (QueuedMessage message : messages) {
            if (message.sentAt + retentionMillis <= now) {
                continue;
            }
            if (message.inFlight(now)) {
                notVisible++;
            } else if (message.visibleAt > now) {
                delayed++;
            } else {
                visible++;
            }
        }
        return new Counts(visible, notVisible, delayed);
    }

    private static final class Waiter {
        final int max;
        final int visibilitySeconds;
        final String attemptId;
        final CompletableFuture<List<ReceivedMessage>> future = new CompletableFuture<>();
        Cancellable timeout;

        Waiter(int max, int visibilitySeconds, String attemptId) {
            this.max = max;
            this.visibilitySeconds = visibilitySeconds;
            this.attemptId = attemptId;
        }
    }

    /**
     * Messages that exceeded maxReceiveCount, handed to their dead-letter queue once the lock is released.
     * The source journals their removal only after the target journaled them, so a restart in between
     * finds a message twice rather than never.
     */
    private static final class DeadLetters {
        private Queue source;
        private Queue target;
        private final List<QueuedMessage> messages = new ArrayList<>();

        void add(Queue sourceQueue, Queue deadLetterQueue, QueuedMessage message) {
            source = sourceQueue;
            target = deadLetterQueue;
            messages.add(message);
        }

        void forward() {
            if (!messages.isEmpty()) {
                target.accept(messages);
                messages.forEach(message -> source.moved(message.messageId()));
            }
        }
    }

    private record Deduplication(String key, String messageId, String sequenceNumber, long expiresAt) {
    }

    private record AttemptResult(List<ReceivedMessage> messages, long expiresAt) {
    }
}
