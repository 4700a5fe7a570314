package dev.awsemulator.core.time;

import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Virtual time for tests: it stands still until {@link #advance} moves it, and then runs every task
 * that fell due, in due order, on the calling thread, with {@link #now()} set to each task's due time.
 */
public final class ManualClock implements Clock {

    private final PriorityQueue<Task> tasks = new PriorityQueue<>();
    private final AtomicLong sequence = new AtomicLong();
    private Instant now;

    public ManualClock(Instant start) {
        this.now = start;
    }

    public ManualClock() {
        this(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Override
    public synchronized Instant now() {
        return now;
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        synchronized (this) {
            Duration nonNegative = delay.isNegative() ? Duration.ZERO : delay;
            Task scheduled = new Task(now.plus(nonNegative), sequence.incrementAndGet(), task);
            tasks.add(scheduled);
            return () -> {
                synchronized (this) {
                    tasks.remove(scheduled);
                }
            };
        }
    }

    /** Moves time forward by {@code duration}, running what fell due on the way. */
    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("time only moves forward: " + duration);
        }
        Instant target;
        synchronized (this) {
            target = now.plus(duration);
        }
        while (true) {
            Task due;
            synchronized (this) {
                due = tasks.peek();
                if (due == null || due.at.isAfter(target)) {
                    now = target;
                    return;
                }
                tasks.poll();
                if (due.at.isAfter(now)) {
                    now = due.at;
                }
            }
            due.task.run();
        }
    }

    /** How many tasks wait for a future time; lets tests check that nothing is left scheduled. */
    public synchronized int pendingTasks() {
        return tasks.size();
    }

    private record Task(Instant at, long sequence, Runnable task) implements Comparable<Task> {
        @Override
        public int compareTo(Task other) {
            int byTime = at.compareTo(other.at);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }
}
