package dev.awsemulator.bench.workload;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Client threads calling a body in a loop until stopped or until the body says it is done. A failed
 * call is counted and remembered, never fatal: the workload's check decides.
 */
public final class Workers implements AutoCloseable {

    /** One call; returns false when this worker has nothing more to do. */
    @FunctionalInterface
    public interface Body {
        boolean runOnce() throws Exception;
    }

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Failures failures = new Failures();
    private final List<Thread> threads = new ArrayList<>();

    private Workers() {
    }

    public static Workers start(String name, int count, Body body) {
        Workers workers = new Workers();
        for (int i = 0; i < count; i++) {
            Thread thread = new Thread(() -> workers.loop(body), name + "-" + i);
            thread.setDaemon(true);
            workers.threads.add(thread);
            thread.start();
        }
        return workers;
    }

    private void loop(Body body) {
        boolean more = true;
        while (more && running.get()) {
            try {
                more = body.runOnce();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                failures.add(e);
            }
        }
    }

    public Failures failures() {
        return failures;
    }

    /** Waits until every worker finished by itself; false if some still run after {@code timeout}. */
    public boolean awaitDone(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Thread thread : threads) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !join(thread, left)) {
                return false;
            }
        }
        return true;
    }

    private static boolean join(Thread thread, long nanos) throws InterruptedException {
        TimeUnit.NANOSECONDS.timedJoin(thread, nanos);
        return !thread.isAlive();
    }

    /** Stops the loops and waits for calls in progress to end. */
    @Override
    public void close() {
        running.set(false);
        try {
            for (Thread thread : threads) {
                thread.join(TimeUnit.SECONDS.toMillis(30));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
