package dev.awsemulator.core.sqs;

import java.util.AbstractCollection;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Messages that must be received in order, one batch in flight at a time: a FIFO queue's message
 * group, oldest first. Many groups hold one message at a time, so a group keeps its first message in
 * a field and makes a deque only when a second one arrives.
 */
final class MessageGroup extends AbstractCollection<QueuedMessage> implements ScheduleEntry {

    final String id;
    final long order;
    /** The sort key in the queue's schedule; changed only while the group is out of it. */
    long availableAt;
    private int slot = -1;
    /** The only message, while the group has never held two; then null. */
    private QueuedMessage only;
    /** Every message, once the group has held two; until then null. */
    private ArrayDeque<QueuedMessage> many;

    MessageGroup(String id, long order) {
        this.id = id;
        this.order = order;
    }

    @Override
    public long availableAt() {
        return availableAt;
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

    void addLast(QueuedMessage message) {
        if (many != null) {
            many.addLast(message);
        } else if (only == null) {
            only = message;
        } else {
            many = new ArrayDeque<>(4);
            many.addLast(only);
            many.addLast(message);
            only = null;
        }
    }

    QueuedMessage first() {
        QueuedMessage first = many != null ? many.peekFirst() : only;
        if (first == null) {
            throw new NoSuchElementException("empty message group");
        }
        return first;
    }

    @Override
    public boolean isEmpty() {
        return many != null ? many.isEmpty() : only == null;
    }

    @Override
    public int size() {
        return many != null ? many.size() : only == null ? 0 : 1;
    }

    /** Oldest first; {@code remove()} takes the message out of the group. */
    @Override
    public Iterator<QueuedMessage> iterator() {
        return many != null ? many.iterator() : new OnlyMessage();
    }

    /**
     * When the group may next hand out a message: while any received message of it is still hidden,
     * not before the last of them reappears (received messages are always a prefix of the group);
     * otherwise when its head's delay ends.
     */
    long computeAvailableAt() {
        long latestHidden = Long.MIN_VALUE;
        for (QueuedMessage message : this) {
            if (!message.received()) {
                break;
            }
            latestHidden = Math.max(latestHidden, message.visibleAt);
        }
        return latestHidden != Long.MIN_VALUE ? latestHidden : first().visibleAt;
    }

    /** Iterates the single message of a group that has never held two. */
    private final class OnlyMessage implements Iterator<QueuedMessage> {

        private boolean returned;

        @Override
        public boolean hasNext() {
            return !returned && only != null;
        }

        @Override
        public QueuedMessage next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            returned = true;
            return only;
        }

        @Override
        public void remove() {
            if (!returned || only == null) {
                throw new IllegalStateException();
            }
            only = null;
        }
    }
}
