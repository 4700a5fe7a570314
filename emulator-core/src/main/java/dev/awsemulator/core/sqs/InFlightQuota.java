package dev.awsemulator.core.sqs;

/**
 * AWS's quota of in-flight messages per queue, standard and FIFO alike (SQS developer guide, queue
 * quotas): beyond it a short-polling receive of a standard queue answers OverLimit, and every other
 * receive simply gets nothing more until messages are deleted or reappear. Not thread-safe: used under
 * the owning queue's lock.
 */
final class InFlightQuota {

    static final int MAX_IN_FLIGHT = 120_000;
    private static final long RECOUNT_MILLIS = 1_000;

    /**
     * Messages in flight as last counted, kept up by receives and deletes between counts. Counted only
     * near the quota, at most once a second of clock time, since visibility timeouts end without an event.
     */
    private int inFlight;
    /** When {@link #inFlight} is next counted again; 0 while the queue is far from the quota. */
    private long recountAt;

    /** How many of {@code max} messages a receive may take now without passing the quota. */
    int room(int max, long now, MessageStore messages) {
        if (messages.size() + max <= MAX_IN_FLIGHT) {
            recountAt = 0;
            return max;
        }
        if (now >= recountAt) {
            inFlight = messages.countInFlight(now);
            recountAt = now + RECOUNT_MILLIS;
        }
        return Math.max(0, Math.min(max, MAX_IN_FLIGHT - inFlight));
    }

    void taken(int count) {
        inFlight += count;
    }

    /** An in-flight message was deleted. */
    void released() {
        inFlight--;
    }

    /** When the quota is next counted again: a receive held back by it may succeed from then on. */
    long recountAt() {
        return recountAt;
    }
}
