package dev.awsemulator.core.kinesis;

import dev.awsemulator.core.time.Cancellable;
import dev.awsemulator.core.time.Clock;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Ends the CREATING, UPDATING and DELETING states. With no delay a transition completes within the
 * call that started it (tests need not wait); otherwise the clock completes it, so a test on a
 * ManualClock sees the intermediate state until it advances.
 */
final class Transitions {

    private final Clock clock;
    private final Duration delay;
    private final Map<Object, Cancellable> pending = new ConcurrentHashMap<>();
    /** Told after each completion which stream it changed, so the change reaches the state journal. */
    private final Consumer<Stream> completed;

    Transitions(Clock clock, Duration delay, Consumer<Stream> completed) {
        this.clock = clock;
        this.delay = delay;
        this.completed = completed;
    }

    void complete(Stream stream, Runnable completion) {
        if (delay.isZero()) {
            completion.run();
            completed.accept(stream);
            return;
        }
        Object token = new Object();
        Cancellable scheduled = clock.schedule(delay, () -> {
            if (pending.remove(token) != null) {
                completion.run();
                completed.accept(stream);
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
