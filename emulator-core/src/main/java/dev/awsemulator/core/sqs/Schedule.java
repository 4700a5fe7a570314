package dev.awsemulator.core.sqs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A queue's message groups by {@link MessageGroup#BY_AVAILABILITY}: a binary heap whose groups know
 * their place in it, so one can leave it from anywhere. A standard queue has a group per message, and a
 * {@code TreeSet} spent a 40-byte entry on each; here it is 4 to 8 bytes of array and the group's index.
 * Not thread-safe: used under the queue's lock.
 */
final class Schedule {

    private static final int INITIAL_CAPACITY = 16;

    private MessageGroup[] heap = new MessageGroup[INITIAL_CAPACITY];
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    /** The group that may hand out a message soonest; the schedule must not be empty. */
    MessageGroup first() {
        return heap[0];
    }

    MessageGroup pollFirst() {
        MessageGroup first = heap[0];
        remove(first);
        return first;
    }

    /** Adds {@code group} by its current sort key; a group already here stays where it is. */
    void add(MessageGroup group) {
        if (group.slot >= 0) {
            return;
        }
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        place(group, size++);
        siftUp(group.slot);
    }

    /** Takes {@code group} out, if it is here. */
    void remove(MessageGroup group) {
        int slot = group.slot;
        if (slot < 0) {
            return;
        }
        group.slot = -1;
        MessageGroup last = heap[--size];
        heap[size] = null;
        if (slot < size) {
            place(last, slot);
            siftDown(slot);
            siftUp(last.slot);
        }
        if (heap.length > INITIAL_CAPACITY && size < heap.length / 4) {
            heap = Arrays.copyOf(heap, heap.length / 2);
        }
    }

    void clear() {
        for (int slot = 0; slot < size; slot++) {
            heap[slot].slot = -1;
        }
        heap = new MessageGroup[INITIAL_CAPACITY];
        size = 0;
    }

    /** Every group, in no particular order. */
    List<MessageGroup> groups() {
        return new ArrayList<>(Arrays.asList(heap).subList(0, size));
    }

    private void siftUp(int slot) {
        MessageGroup group = heap[slot];
        while (slot > 0) {
            int parent = (slot - 1) / 2;
            if (MessageGroup.BY_AVAILABILITY.compare(heap[parent], group) <= 0) {
                break;
            }
            place(heap[parent], slot);
            slot = parent;
        }
        place(group, slot);
    }

    private void siftDown(int slot) {
        MessageGroup group = heap[slot];
        while (true) {
            int child = 2 * slot + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && MessageGroup.BY_AVAILABILITY.compare(heap[child + 1], heap[child]) < 0) {
                child++;
            }
            if (MessageGroup.BY_AVAILABILITY.compare(group, heap[child]) <= 0) {
                break;
            }
            place(heap[child], slot);
            slot = child;
        }
        place(group, slot);
    }

    private void place(MessageGroup group, int slot) {
        heap[slot] = group;
        group.slot = slot;
    }
}
