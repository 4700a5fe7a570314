package dev.awsemulator.spring;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Makes a reset one step for the application's SDK calls. Between deleting a queue and creating it again, a call
 * would be answered {@code QueueDoesNotExist} (a listener container logs that as an error), so while a reset
 * runs new calls wait here; before it starts, calls already on their way are let finish, and long polls already
 * on their way are let arrive (the reset answers them, empty; a stale acknowledgement afterwards is accepted as
 * on AWS). A call passes on the thread that makes it, never on an IO thread of the emulator.
 */
final class RequestGate {

    /** How long a reset waits for calls on their way, should one never arrive (another account, a dead socket). */
    private static final long ARRIVAL_WAIT_MILLIS = 5_000;

    private boolean closed;
    private int calls;
    /** Long polls on their way or waiting, per queue name. */
    private final Map<String, Integer> longPolls = new HashMap<>();

    /** A call starts: waits while a reset runs. {@code longPollQueue} names the queue of a long poll, else null. */
    synchronized void enter(String longPollQueue) {
        boolean interrupted = false;
        while (closed) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (longPollQueue == null) {
            calls++;
        } else {
            longPolls.merge(longPollQueue, 1, Integer::sum);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** A call that {@link #enter entered} ended, answered or failed. */
    synchronized void leave(String longPollQueue) {
        if (longPollQueue == null) {
            calls--;
        } else {
            longPolls.computeIfPresent(longPollQueue, (queue, count) -> count == 1 ? null : count - 1);
        }
        notifyAll();
    }

    /**
     * Runs {@code reset} with new calls held back, once the calls on their way have ended and every long poll on
     * its way waits in the emulator ({@code waiting} tells how many wait on a queue there).
     */
    void closeWhile(Runnable reset, ToIntFunction<String> waiting) {
        synchronized (this) {
            closed = true;
            awaitArrivals(waiting);
        }
        try {
            reset.run();
        } finally {
            synchronized (this) {
                closed = false;
                notifyAll();
            }
        }
    }

    private void awaitArrivals(ToIntFunction<String> waiting) {
        long deadline = System.currentTimeMillis() + ARRIVAL_WAIT_MILLIS;
        try {
            for (long left = ARRIVAL_WAIT_MILLIS; !arrived(waiting) && left > 0; left = deadline - System.currentTimeMillis()) {
                // A long poll's arrival in the emulator notifies nobody here: look again soon.
                wait(Math.min(left, 1));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean arrived(ToIntFunction<String> waiting) {
        return calls == 0 && longPolls.entrySet().stream()
                .allMatch(queue -> waiting.applyAsInt(queue.getKey()) >= queue.getValue());
    }
}
