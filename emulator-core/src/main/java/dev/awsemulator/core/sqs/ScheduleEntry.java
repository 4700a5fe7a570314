package dev.awsemulator.core.sqs;

import java.util.Comparator;

/**
 * What a queue's {@link Schedule} orders: a FIFO queue's {@link MessageGroup}, or a standard queue's
 * {@link QueuedMessage} itself. A standard message needs no group around it: it is received on its own,
 * so it is its own entry, and a backlog holds no group object per message.
 */
interface ScheduleEntry {

    Comparator<ScheduleEntry> BY_AVAILABILITY =
            Comparator.comparingLong(ScheduleEntry::availableAt).thenComparingLong(ScheduleEntry::order);

    /** When the entry may next hand out a message; the sort key, read only while the entry is added. */
    long availableAt();

    /** When the entry was first enqueued, relative to the others: the tie-breaker, then the send order. */
    long order();

    /** Where the entry is in the schedule; -1 while out of it. */
    int slot();

    void slot(int slot);
}
