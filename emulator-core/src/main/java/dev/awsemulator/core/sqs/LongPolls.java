package dev.awsemulator.core.sqs;

import dev.awsemulator.core.time.Cancellable;
import dev.awsemulator.core.time.Clock;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The receives waiting on one queue (long polls), oldest first, and the one timer that wakes them when
 * time alone makes a message available: nothing else would tell them. Waiting holds no thread. Not
 * thread-safe: used under the owning queue's lock, and a waiter's future is completed only after it is
 * released.
 */
final class LongPolls {

    private final Clock clock;
    /** Serves the waiters under the queue's lock, when the wake-up timer fires. */
    private final Runnable wakeUpQueue;
    /** Takes a waiter whose wait ended out under the queue's lock and answers it with nothing. */
    private final Consumer<Waiter> expire;
    private final ArrayDeque<Waiter> waiters = new ArrayDeque<>();
    private Cancellable wakeUp;
    private long wakeUpAt = Long.MAX_VALUE;

    LongPolls(Clock clock, Runnable wakeUpQueue, Consumer<Waiter> expire) {
        this.clock = clock;
        this.wakeUpQueue = wakeUpQueue;
        this.expire = expire;
    }

    /** A receive that found nothing: it waits up to {@code waitSeconds} for messages, after the earlier ones. */
    CompletableFuture<List<ReceivedMessage>> add(int max, int visibilitySeconds, String attemptId, int waitSeconds) {
        Waiter waiter = new Waiter(max, visibilitySeconds, attemptId);
        waiters.addLast(waiter);
        waiter.timeout = clock.schedule(Duration.ofSeconds(waitSeconds), () -> expire.accept(waiter));
        return waiter.future;
    }

    boolean isEmpty() {
        return waiters.isEmpty();
    }

    int size() {
        return waiters.size();
    }

    /** The longest-waiting receive; there must be one. */
    Waiter first() {
        return waiters.peekFirst();
    }

    void removeFirst() {
        waiters.pollFirst();
    }

    /** False if the waiter was served, cancelled or ended already. */
    boolean remove(Waiter waiter) {
        return waiters.remove(waiter);
    }

    /** Takes out the waiter whose receive answers {@code future}; null if it was answered already. */
    Waiter remove(CompletableFuture<List<ReceivedMessage>> future) {
        for (Iterator<Waiter> it = waiters.iterator(); it.hasNext(); ) {
            Waiter waiter = it.next();
            if (waiter.future == future) {
                it.remove();
                return waiter;
            }
        }
        return null;
    }

    /** Takes out every waiter, and calls off the wake-up: for answering them all with nothing. */
    List<Waiter> removeAll() {
        List<Waiter> all = new ArrayList<>(waiters);
        waiters.clear();
        if (wakeUp != null) {
            wakeUp.cancel();
        }
        wokeUp();
        return all;
    }

    /** Wakes the queue at {@code next}, unless an earlier wake-up is set already. */
    void wakeUpAt(long next, long now) {
        if (next >= wakeUpAt) {
            return;
        }
        if (wakeUp != null) {
            wakeUp.cancel();
        }
        wakeUpAt = next;
        wakeUp = clock.schedule(Duration.ofMillis(Math.max(0, next - now)), wakeUpQueue);
    }

    /** The wake-up timer fired, or is no more: the next one may be set at any time. */
    void wokeUp() {
        wakeUp = null;
        wakeUpAt = Long.MAX_VALUE;
    }

    /** One waiting receive. */
    static final class Waiter {
        final int max;
        final int visibilitySeconds;
        final String attemptId;
        private final CompletableFuture<List<ReceivedMessage>> future = new CompletableFuture<>();
        private Cancellable timeout;

        private Waiter(int max, int visibilitySeconds, String attemptId) {
            this.max = max;
            this.visibilitySeconds = visibilitySeconds;
            this.attemptId = attemptId;
        }

        /** Answers the receive, calling off its timeout; outside the queue's lock. */
        void answer(List<ReceivedMessage> received) {
            timeout.cancel();
            future.complete(received);
        }

        /** Answers the receive with nothing once its wait is over; outside the queue's lock. */
        void expired() {
            future.complete(List.of());
        }
    }
}
