package dev.awsemulator.bench.workload;

import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/** Failed calls of a workload: how many, and the first, which usually tells why. Thread-safe. */
public final class Failures {

    private final LongAdder count = new LongAdder();
    private final AtomicReference<String> first = new AtomicReference<>();

    public void add(Throwable failure) {
        count.increment();
        first.compareAndSet(null, failure.toString());
    }

    public long count() {
        return count.sum();
    }

    /** The first failure, or "none". */
    public String first() {
        String failure = first.get();
        return failure == null ? "none" : failure;
    }
}
