package dev.awsemulator.core.sqs;

import dev.awsemulator.core.common.RetainedMemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A queue's messages: by message ID, and in the schedule of when each may next be received. A standard
 * queue's message is its own schedule entry; a FIFO queue's joins its message group, and the schedule
 * holds the group. Keeps what the messages are charged against the emulator's retained memory. Not
 * thread-safe: used under the owning queue's lock.
 */
final class MessageStore {

    private final boolean fifo;
    private final RetainedMemory memory;
    private final MessageIndex messages = new MessageIndex();
    private final Schedule schedule = new Schedule();
    private final Map<String, MessageGroup> groups = new HashMap<>();
    /** The enqueue order of schedule entries: standard messages and FIFO groups alike. */
    private long order;
    /** What the messages here are charged against the emulator's retained memory. */
    private long retainedBytes;

    MessageStore(boolean fifo, RetainedMemory memory) {
        this.fifo = fifo;
        this.memory = memory;
    }

    /** Adds a message whose footprint is already charged to the retained memory; it is this store's to release. */
    void add(QueuedMessage message) {
        messages.add(message);
        retainedBytes += MessageFootprint.of(message);
        if (!fifo) {
            message.order = ++order;
            schedule.add(message);
            return;
        }
        MessageGroup group = groups.get(message.groupId());
        if (group == null) {
            group = new MessageGroup(message.groupId(), ++order);
            groups.put(group.id, group);
        } else {
            schedule.remove(group);
        }
        group.addLast(message);
        message.group = group;
        group.availableAt = group.computeAvailableAt();
        schedule.add(group);
    }

    /** The message with this ID, or null. */
    QueuedMessage get(String messageId) {
        return messages.get(messageId);
    }

    int size() {
        return messages.size();
    }

    /** Whether the schedule's first entry may hand out a message at {@code now}. */
    boolean hasAvailable(long now) {
        return !schedule.isEmpty() && schedule.first().availableAt() <= now;
    }

    boolean isEmpty() {
        return schedule.isEmpty();
    }

    /** When the schedule's first entry may next hand out a message; the store must not be empty. */
    long nextAvailableAt() {
        return schedule.first().availableAt();
    }

    /** Takes the first entry out of the schedule; {@link #reinsert} puts it back. */
    ScheduleEntry pollFirst() {
        return schedule.pollFirst();
    }

    /** Puts an entry back by its sort key now; a FIFO group left empty is gone. */
    void reinsert(ScheduleEntry entry) {
        if (entry instanceof MessageGroup group) {
            if (group.isEmpty()) {
                groups.remove(group.id, group);
                return;
            }
            group.availableAt = group.computeAvailableAt();
        }
        schedule.add(entry);
    }

    /** After a message's visibility changed: its schedule entry moves to where it now belongs. */
    void reschedule(QueuedMessage message) {
        ScheduleEntry entry = message.group != null ? message.group : message;
        schedule.remove(entry);
        reinsert(entry);
    }

    /** Takes {@code message} out of the index and the schedule and releases what it was charged. */
    void remove(QueuedMessage message) {
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

    /**
     * Takes {@code message} out of the index and releases what it was charged; its schedule entry, which
     * the caller holds out of the schedule, is the caller's.
     */
    void forget(QueuedMessage message) {
        messages.remove(message);
        long footprint = MessageFootprint.of(message);
        retainedBytes -= footprint;
        memory.release(footprint);
    }

    /** Drops every message and releases what they were charged. */
    void clear() {
        messages.clear();
        schedule.clear();
        groups.clear();
        memory.release(retainedBytes);
        retainedBytes = 0;
    }

    /** Every message, in send order within each FIFO group and between schedule entries. */
    List<QueuedMessage> inSendOrder() {
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

    /** Every message, in no particular order, copied so the caller may remove some while going through it. */
    List<QueuedMessage> all() {
        List<QueuedMessage> all = new ArrayList<>(messages.size());
        messages.forEach(all::add);
        return all;
    }

    int countInFlight(long now) {
        int counted = 0;
        for (QueuedMessage message : messages) {
            if (message.inFlight(now)) {
                counted++;
            }
        }
        return counted;
    }

    /** The unexpired messages by state, as GetQueueAttributes' approximate numbers report them. */
    MessageCounts counts(long now, long retentionMillis) {
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
        return new MessageCounts(visible, notVisible, delayed);
    }

    /** The first {@code limit} unexpired messages in send order, read without touching visibility or receive counts. */
    List<PeekedMessage> peek(int limit, long now, long retentionMillis) {
        List<QueuedMessage> live = new ArrayList<>(inSendOrder());
        live.removeIf(message -> message.sentAt + retentionMillis <= now);
        live.sort(Comparator.comparingLong(message -> message.sentAt));
        return live.stream().limit(limit).map(message -> new PeekedMessage(message.messageId(), message.body(),
                message.attributes(), stateOf(message, now), message.receiveCount(),
                Instant.ofEpochMilli(message.sentAt), message.groupId(), message.deduplicationId(),
                message.sequenceNumber())).toList();
    }

    private static PeekedMessage.State stateOf(QueuedMessage message, long now) {
        if (message.inFlight(now)) {
            return PeekedMessage.State.IN_FLIGHT;
        }
        return message.visibleAt > now ? PeekedMessage.State.DELAYED : PeekedMessage.State.VISIBLE;
    }
}
