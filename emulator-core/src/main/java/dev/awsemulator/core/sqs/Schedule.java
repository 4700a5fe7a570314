package dev.awsemulator.core.sqs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A queue's FIFO message groups or standard messages by {@link ScheduleEntry#BY_AVAILABILITY}: a binary
 * heap whose entries know their place in it, so one can leave it from anywhere, and removal never reads
 * the sort key of the entry removed. A {@code TreeSet} spent a 40-byte node on each entry, and a
 * standard queue has one per message; here it is 4 to 8 bytes of array and the entry's index. Not
 * thread-safe: used under the queue's lock.
 */
final class Schedule {

    private static final int INITIAL_CAPACITY = 16;

    private ScheduleEntry[] heap = new ScheduleEntry[INITIAL_CAPACITY];
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    /** The entry that may hand out a message soonest; the schedule must not be empty. */
    ScheduleEntry first() {
        return heap[0];
    }

    ScheduleEntry pollFirst() {
        ScheduleEntry first = heap[0];
        remove(first);
        return first;
    }

    /** Adds {@code entry} by its current sort key; an entry already here stays where it is. */
    void add(ScheduleEntry entry) {
        if (entry.slot() >= 0) {
            return;
        }
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        place(entry, size++);
        siftUp(entry.slot());
    }

    /** Takes {@code entry} out, if it is here. */
    void remove(ScheduleEntry entry) {
        int slot = entry.slot();
        if (slot < 0) {
            return;
        }
        entry.slot(-1);
        ScheduleEntry last = heap[--size];
        heap[size] = null;
        if (slot < size) {
            place(last, slot);
            siftDown(slot);
            siftUp(last.slot());
        }
        if (heap.length > INITIAL_CAPACITY && size < heap.length / 4) {
            heap = Arrays.copyOf(heap, heap.length / 2);
        }
    }

    void clear() {
        for (int slot = 0; slot < size; slot++) {
            heap[slot].slot(-1);
        }
        heap = new ScheduleEntry[INITIAL_CAPACITY];
        size = 0;
    }

    /** Every entry, in no particular order. */
    List<ScheduleEntry> entries() {
        return new ArrayList<>(Arrays.asList(heap).subList(0, size));
    }

    private void siftUp(int slot) {
        ScheduleEntry entry = heap[slot];
        while (slot > 0) {
            int parent = (slot - 1) / 2;
            if (ScheduleEntry.BY_AVAILABILITY.compare(heap[parent], entry) <= 0) {
                break;
            }
            place(heap[parent], slot);
            slot = parent;
        }
        place(entry, slot);
    }

    private void siftDown(int slot) {
        ScheduleEntry entry = heap[slot];
        while (true) {
            int child = 2 * slot + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && ScheduleEntry.BY_AVAILABILITY.compare(heap[child + 1], heap[child]) < 0) {
                child++;
            }
            if (ScheduleEntry.BY_AVAILABILITY.compare(entry, heap[child]) <= 0) {
                break;
            }
            place(heap[child], slot);
            slot = child;
        }
        place(entry, slot);
    }

    private void place(ScheduleEntry entry, int slot) {
        heap[slot] = entry;
        entry.slot(slot);
    }
}
