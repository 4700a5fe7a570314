package dev.awsemulator.bench.workload;

import java.util.concurrent.TimeUnit;

/** Spaces events evenly at a fixed rate, for one thread: a trickle rather than a flood. */
public final class Pacer {

    private final long intervalNanos;
    private long next = System.nanoTime();

    public Pacer(int perSecond) {
        this.intervalNanos = TimeUnit.SECONDS.toNanos(1) / perSecond;
    }

    public void awaitNext() throws InterruptedException {
        long wait = next - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
        next += intervalNanos;
    }
}
