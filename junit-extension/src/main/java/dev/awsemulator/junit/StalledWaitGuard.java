package dev.awsemulator.junit;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.core.time.ManualClock;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Ends a synchronous call that waits on virtual time nobody advances. A long poll on virtual time ends only
 * when a message arrives or the clock passes its wait, and a synchronous client blocks the very thread that
 * would advance it: without this guard the call hangs until the SDK's own limit, with a message that says
 * nothing of virtual time. So when a synchronous call has been waiting {@link #LIMIT} of real time while the
 * clock stood still and a long poll waited in the emulator, the emulator answers every waiting request (empty, as a long poll may always end), and
 * the call fails with {@link StalledWaitException}, saying what to do instead.
 */
final class StalledWaitGuard implements AutoCloseable {

    /** Real time a synchronous call may wait while the virtual clock stands still. */
    static final Duration LIMIT = Duration.ofSeconds(2);
    private static final long CHECK_MILLIS = 100;

    private final Emulator emulator;
    private final ManualClock clock;
    private final Map<Object, Wait> calls = new ConcurrentHashMap<>();
    private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "aws-emulator-stalled-wait-guard");
        thread.setDaemon(true);
        return thread;
    });

    StalledWaitGuard(Emulator emulator, ManualClock clock) {
        this.emulator = emulator;
        this.clock = clock;
        checker.scheduleWithFixedDelay(this::check, CHECK_MILLIS, CHECK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** A synchronous call, known by a key of the caller's, started. */
    void started(Object call, String operation) {
        calls.put(call, new Wait(operation, clock.now(), System.nanoTime()));
    }

    /** The call ended; a {@link StalledWaitException} if this guard had to end its wait. Null: a call not watched. */
    void ended(Object call) {
        Wait wait = call == null ? null : calls.remove(call);
        if (wait != null && wait.stalled) {
            throw new StalledWaitException(wait.operation);
        }
    }

    /** The call failed on its own: forget it. Null: a call not watched. */
    void failed(Object call) {
        if (call != null) {
            calls.remove(call);
        }
    }

    /**
     * Marks the calls that have waited too long while the clock stood still and a request waited on it;
     * time spent before the request reached the emulator (a client's first call is slow) does not count.
     */
    private void check() {
        if (calls.isEmpty()) {
            return;
        }
        Instant now = clock.now();
        long nanos = System.nanoTime();
        boolean waiting = emulator.sqs().overview().stream().anyMatch(queue -> queue.waitingReceives() > 0);
        boolean stalled = false;
        for (Wait wait : calls.values()) {
            if (!waiting || !wait.clockSeen.equals(now)) {
                wait.clockSeen = now;
                wait.since = nanos;
            } else if (!wait.stalled && nanos - wait.since >= LIMIT.toNanos()) {
                wait.stalled = true;
                stalled = true;
            }
        }
        if (stalled) {
            emulator.endWaits();
        }
    }

    @Override
    public void close() {
        checker.shutdownNow();
    }

    /** One synchronous call: since when the clock has stood where it was last seen. */
    private static final class Wait {
        final String operation;
        volatile Instant clockSeen;
        volatile long since;
        volatile boolean stalled;

        Wait(String operation, Instant clockSeen, long since) {
            this.operation = operation;
            this.clockSeen = clockSeen;
            this.since = since;
        }
    }
}
