package dev.awsemulator.core.sqs;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Objects;
import java.util.UUID;

/**
 * A queue's messages by message ID: an open-addressing table (linear probing) of the messages
 * themselves, keyed by the two halves of their UUID: a slot per message, where a
 * {@code HashMap<String, QueuedMessage>} adds an entry object and a key string to each. Not thread-safe:
 * used under the queue's lock.
 */
final class MessageIndex implements Iterable<QueuedMessage> {

    private static final int INITIAL_CAPACITY = 16;
    /** The UUID's canonical text: a key of another length names no message of ours. */
    private static final int ID_LENGTH = 36;

    private QueuedMessage[] slots = new QueuedMessage[INITIAL_CAPACITY];
    private int size;

    int size() {
        return size;
    }

    void add(QueuedMessage message) {
        if ((size + 1) * 3L > slots.length * 2L) {
            resize(slots.length * 2);
        }
        int slot = slotOf(message.idHigh, message.idLow);
        while (slots[slot] != null) {
            if (slots[slot] == message) {
                return;
            }
            slot = next(slot);
        }
        slots[slot] = message;
        size++;
    }

    /** Null when no message here has {@code messageId}, or it is not a message ID at all. */
    QueuedMessage get(String messageId) {
        if (messageId.length() != ID_LENGTH) {
            return null;
        }
        UUID id;
        try {
            id = UUID.fromString(messageId);
        } catch (IllegalArgumentException e) {
            return null;
        }
        long high = id.getMostSignificantBits();
        long low = id.getLeastSignificantBits();
        for (int slot = slotOf(high, low); slots[slot] != null; slot = next(slot)) {
            if (slots[slot].idHigh == high && slots[slot].idLow == low) {
                return slots[slot];
            }
        }
        return null;
    }

    void remove(QueuedMessage message) {
        int slot = slotOf(message.idHigh, message.idLow);
        while (slots[slot] != message) {
            if (slots[slot] == null) {
                return;
            }
            slot = next(slot);
        }
        slots[slot] = null;
        size--;
        closeGap(slot);
    }

    void clear() {
        slots = new QueuedMessage[INITIAL_CAPACITY];
        size = 0;
    }

    /** In no particular order; must not be used while the index changes. */
    @Override
    public Iterator<QueuedMessage> iterator() {
        return Arrays.stream(slots).filter(Objects::nonNull).iterator();
    }

    /**
     * Moves later messages of the same probe run back into the freed slot, so a lookup never stops at
     * a gap before its message (deletion without tombstones).
     */
    private void closeGap(int gap) {
        for (int slot = next(gap); slots[slot] != null; slot = next(slot)) {
            int home = slotOf(slots[slot].idHigh, slots[slot].idLow);
            // The message may fill the gap if its home is not in the cyclic range (gap, slot].
            boolean homeAfterGap = gap <= slot ? gap < home && home <= slot : gap < home || home <= slot;
            if (!homeAfterGap) {
                slots[gap] = slots[slot];
                slots[slot] = null;
                gap = slot;
            }
        }
    }

    private void resize(int capacity) {
        QueuedMessage[] old = slots;
        slots = new QueuedMessage[capacity];
        for (QueuedMessage message : old) {
            if (message != null) {
                int slot = slotOf(message.idHigh, message.idLow);
                while (slots[slot] != null) {
                    slot = next(slot);
                }
                slots[slot] = message;
            }
        }
    }

    private int slotOf(long high, long low) {
        long mixed = (high ^ Long.rotateLeft(low, 32)) * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 32) & (slots.length - 1);
    }

    private int next(int slot) {
        return (slot + 1) & (slots.length - 1);
    }
}
