package dev.awsemulator.core.kafka;

import dev.awsemulator.core.time.Cancellable;
import dev.awsemulator.core.time.Clock;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Ends the passing states (CREATING, UPDATING, DELETING, REBOOTING_BROKER, an operation's UPDATE_IN_PROGRESS)
 * once two things are true: the brokers finished the work, and the transition delay passed on the clock. With
 * no delay the brokers alone decide; work that needs no broker then completes within the call that began it.
 */
final class Transitions {

    private final Clock clock;
    private final Duration delay;
    private final Set<Pending> pending = ConcurrentHashMap.newKeySet();

    Transitions(Clock clock, Duration delay) {
        this.clock = clock;
        this.delay = delay;
    }

    /**
     * Runs {@code completion} when {@code work} is done and the delay is over, or {@code failure} with the cause
     * as soon as the work fails; neither runs once the transition was called off by {@link #cancelAll()}.
     */
    void after(CompletionStage<?> work, Runnable completion, Consumer<Throwable> failure) {
        Pending transition = new Pending(delay.isZero() ? 1 : 2);
        pending.add(transition);
        if (!delay.isZero()) {
            transition.timer = clock.schedule(delay, () -> transition.arrive(completion));
        }
        work.whenComplete((ignored, error) -> {
            if (error == null) {
                transition.arrive(completion);
            } else if (pending.remove(transition)) {
                transition.cancelTimer();
                failure.accept(error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                        ? error.getCause() : error);
            }
        });
    }

    /** Calls off every transition still waiting, for a reset. */
    void cancelAll() {
        pending.forEach(Pending::cancelTimer);
        pending.clear();
    }

    private final class Pending {
        private final AtomicInteger waits;
        private volatile Cancellable timer;

        private Pending(int waits) {
            this.waits = new AtomicInteger(waits);
        }

        private void arrive(Runnable completion) {
            if (waits.decrementAndGet() == 0 && pending.remove(this)) {
                completion.run();
            }
        }

        private void cancelTimer() {
            Cancellable scheduled = timer;
            if (scheduled != null) {
                scheduled.cancel();
            }
        }
    }
}
