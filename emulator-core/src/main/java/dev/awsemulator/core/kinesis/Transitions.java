package dev.awsemulator.core.kinesis;

import dev.awsemulator.core.time.Cancellable;
import dev.awsemulator.core.time.Clock;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ends the CREATING, UPDATING and DELETING states. With no delay a transition completes within the
 * call that started it (tests need not wait); otherwise the clock completes it, so a test on a
 * ManualClock sees the intermediate state until it advances.
 */
final class Transitions {

    private final Clock clock;
    private final Duration delay;
    private final Map<Object, Cancellable> pending = new ConcurrentHashMap<>();

    Transitions(Clock clock, Duration delay) {
        this.clock = clock;
        this.delay = delay;
    }

    void complete(Runnable completion) {
        if (delay.isZero()) {
            completion.run();
            return;
        }
        Object token = new Object();
        Cancellable scheduled = clock.schedule(delay, () -> {
            if (pending.remove(token) != null) {
                completion.run();
            }
        });
        pending.put(token, scheduled);
    }

    /** Calls off every transition still waiting, for a reset. */
    void cancelAll() {
        pending.values().forEach(Cancellable::cancel);
        pending.clear();
    }
}
