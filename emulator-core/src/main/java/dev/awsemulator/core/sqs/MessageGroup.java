package dev.awsemulator.core.sqs;

import java.util.ArrayDeque;
import java.util.Comparator;

/**
 * Messages that must be received in order, one batch in flight at a time: a FIFO queue's message
 * group. A standard queue gives every message a group of its own, so both queue types share one
 * store and one receive path.
 */
final class MessageGroup {

    static final Comparator<MessageGroup> BY_AVAILABILITY =
            Comparator.<MessageGroup>comparingLong(group -> group.availableAt).thenComparingLong(group -> group.order);

    final String id;
    final long order;
    final ArrayDeque<QueuedMessage> messages = new ArrayDeque<>(1);
    /** The sort key in the queue's schedule; changed only while the group is out of it. */
    long availableAt;

    MessageGroup(String id, long order) {
        this.id = id;
        this.order = order;
    }

    /**
     * When the group may next hand out a message: while any received message of it is still hidden,
     * not before the last of them reappears (received messages are always a prefix of the group);
     * otherwise when its head's delay ends.
     */
    long computeAvailableAt() {
        long latestHidden = Long.MIN_VALUE;
        for (QueuedMessage message : messages) {
            if (!message.received()) {
                break;
            }
            latestHidden = Math.max(latestHidden, message.visibleAt);
        }
        return latestHidden != Long.MIN_VALUE ? latestHidden : messages.getFirst().visibleAt;
    }
}
