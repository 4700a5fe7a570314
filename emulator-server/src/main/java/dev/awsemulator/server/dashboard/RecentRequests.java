package dev.awsemulator.server.dashboard;

import dev.awsemulator.core.time.Clock;
import dev.awsemulator.server.requests.HandledRequest;
import dev.awsemulator.server.requests.RequestListener;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The last few hundred answered requests, newest overwriting oldest. Recording one is a counter
 * increment and an array store, with no lock, because it happens on the IO thread of every request.
 */
public final class RecentRequests implements RequestListener {

    public static final int DEFAULT_CAPACITY = 500;

    /** One request and when it was answered; {@code number} counts from 1 since the server started. */
    public record Entry(long number, Instant answeredAt, HandledRequest request) {
    }

    private final Clock clock;
    private final AtomicReferenceArray<Entry> slots;
    private final AtomicLong count = new AtomicLong();

    public RecentRequests(Clock clock, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        this.clock = clock;
        this.slots = new AtomicReferenceArray<>(capacity);
    }

    @Override
    public void handled(HandledRequest request) {
        long number = count.incrementAndGet();
        slots.set((int) ((number - 1) % slots.length()), new Entry(number, clock.now(), request));
    }

    public int capacity() {
        return slots.length();
    }

    /** The requests still kept, newest first. */
    public List<Entry> newestFirst() {
        List<Entry> entries = new ArrayList<>(slots.length());
        for (int i = 0; i < slots.length(); i++) {
            Entry entry = slots.get(i);
            if (entry != null) {
                entries.add(entry);
            }
        }
        entries.sort(Comparator.comparingLong(Entry::number).reversed());
        return entries;
    }
}
