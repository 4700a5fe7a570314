package dev.awsemulator.core.time;

import java.time.Duration;
import java.time.Instant;

/**
 * The one source of time for the engine. Every timer (visibility, delays, retention, long-poll
 * timeouts, dedup windows) reads {@link #now()} and schedules through {@link #schedule}, so a test
 * on a {@link ManualClock} controls all of them at once.
 */
public interface Clock {

    Instant now();

    default long millis() {
        return now().toEpochMilli();
    }

    /** Runs {@code task} once {@code delay} has passed on this clock. Tasks must be short and never block. */
    Cancellable schedule(Duration delay, Runnable task);
}
