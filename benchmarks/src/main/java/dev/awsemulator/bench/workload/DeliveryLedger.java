package dev.awsemulator.bench.workload;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Which messages were sent and which arrived: the "nothing lost" check of the delivering workloads. */
public final class DeliveryLedger {

    private final AtomicLong nextId = new AtomicLong();
    private final Set<Long> sent = ConcurrentHashMap.newKeySet();
    private final Set<Long> received = ConcurrentHashMap.newKeySet();
    private final LongAdder duplicates = new LongAdder();

    public long nextId() {
        return nextId.getAndIncrement();
    }

    /** Called once the send was acknowledged. */
    public void sent(long id) {
        sent.add(id);
    }

    /** Called for every delivery; a second delivery of a message counts as a duplicate. */
    public void received(long id) {
        if (!received.add(id)) {
            duplicates.increment();
        }
    }

    public long missing() {
        return sent.stream().filter(id -> !received.contains(id)).count();
    }

    /** Waits until every acknowledged send has arrived; false if some are missing after {@code timeoutMillis}. */
    public boolean awaitAll(long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (!received.containsAll(sent)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    /** Passes when nothing is missing and no call failed; tells the counts either way. */
    public Check check(Failures... callers) {
        long missing = missing();
        long errors = Arrays.stream(callers).mapToLong(Failures::count).sum();
        String first = Arrays.stream(callers).filter(failures -> failures.count() > 0).map(Failures::first)
                .findFirst().orElse("none");
        return Check.of(missing == 0 && errors == 0, "%d sent, %d missing, %d duplicates, %d errors (first: %s)",
                sent.size(), missing, duplicates.sum(), errors, first);
    }
}
