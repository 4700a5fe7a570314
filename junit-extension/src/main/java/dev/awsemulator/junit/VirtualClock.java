package dev.awsemulator.junit;

import dev.awsemulator.core.time.ManualClock;

import java.time.Duration;
import java.time.Instant;

/**
 * The emulator's time when virtual time is on: it stands still until {@link #advance} moves it.
 *
 * <p>A long poll waits in virtual time too: it ends when a message arrives or when {@code advance}
 * moves time past its deadline, never by itself. So a receive that waits must not block the thread
 * that would advance the clock: use the async client (or another thread), wait until
 * {@link Inspection#waitingReceives} sees it, then advance. A synchronous client's call that waits 2 s
 * of real time while the clock stands still is ended with a {@link StalledWaitException} saying so. A Kinesis {@code SubscribeToShard} is
 * the same: records are pushed as they arrive, but its 5-second heartbeat and its end after five
 * minutes come only as virtual time is advanced.
 */
public final class VirtualClock {

    /**
     * Where virtual time starts unless the test says otherwise ({@code virtualTimeStart} on
     * {@link AwsEmulatorTest}, {@link AwsEmulatorExtensionBuilder#virtualTime(Instant)}): 2026-01-01T00:00:00Z.
     * A reset keeps the clock where it is.
     */
    public static final Instant DEFAULT_START = Instant.parse("2026-01-01T00:00:00Z");

    private final ManualClock clock;

    VirtualClock(ManualClock clock) {
        this.clock = clock;
    }

    /**
     * Moves time forward, firing every timer that became due on the way, in due order, on this
     * thread; when it returns, every effect (a message turning visible, a long poll answered) has happened.
     */
    public void advance(Duration duration) {
        clock.advance(duration);
    }

    public Instant now() {
        return clock.now();
    }

    /** How many timers wait for a later time. */
    public int pendingTimers() {
        return clock.pendingTasks();
    }
}
