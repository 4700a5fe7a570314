package dev.awsemulator.core.common;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The heap one emulator may spend on what users leave in it: SQS messages nobody has deleted and
 * Kinesis records retention has not dropped yet. Each entry is charged an estimate of the heap it
 * holds when it is stored and released with the same figure when it goes, so {@link #used()} is back
 * to 0 once everything is gone. New messages and records are refused beyond the bound, with an AWS
 * error, instead of the JVM dying of an OutOfMemoryError; what is already stored and merely moves
 * (dead-letter queues, message move tasks, a restart) is always charged, since refusing would lose it.
 */
public final class RetainedMemory {

    /**
     * Half the maximum heap. The charges are upper bounds (about twice what an entry holds; see
     * benchmarks/README.md, "Figures behind the code"), so at the bound the live entries fill well under
     * half of the heap, leaving the rest for garbage collection headroom and the copies a request makes in
     * flight (decoded body, response). A user who needs more raises the bound.
     */
    public static final double DEFAULT_HEAP_FRACTION = 0.5;

    /** No bound, for services built alone (tests, tools); an emulator always has a real one. */
    public static RetainedMemory unbounded() {
        return new RetainedMemory(Long.MAX_VALUE);
    }

    /** The default bound of an emulator in this JVM. */
    public static long defaultLimit() {
        return (long) (Runtime.getRuntime().maxMemory() * DEFAULT_HEAP_FRACTION);
    }

    private final long limit;
    private final AtomicLong used = new AtomicLong();
    private final AtomicBoolean reclaiming = new AtomicBoolean();
    private volatile Runnable reclaimer = () -> { };

    public RetainedMemory(long limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("the retained memory bound must be positive, was " + limit);
        }
        this.limit = limit;
    }

    /**
     * What frees memory that is held but already dead (messages and records past their retention
     * period, which the services drop lazily); run once before a reservation is refused.
     */
    public void reclaimWith(Runnable reclaimer) {
        this.reclaimer = reclaimer;
    }

    /**
     * Takes {@code bytes} for new entries if they fit under the bound, after dropping expired entries if
     * they do not. Must be called with no lock held: reclaiming takes the queues' and shards' locks.
     */
    public boolean tryReserve(long bytes) {
        return fits(bytes) || (reclaim() && fits(bytes));
    }

    /** True if {@code bytes} more would still be taken now, without taking them: what a fanout checks first. */
    public boolean hasRoomFor(long bytes) {
        return used.get() + bytes <= limit || (reclaim() && used.get() + bytes <= limit);
    }

    /** One thread reclaims; the others are refused meanwhile rather than scanning the same state again. */
    private boolean reclaim() {
        if (!reclaiming.compareAndSet(false, true)) {
            return false;
        }
        try {
            reclaimer.run();
        } finally {
            reclaiming.set(false);
        }
        return true;
    }

    private boolean fits(long bytes) {
        long current;
        do {
            current = used.get();
            if (current + bytes > limit) {
                return false;
            }
        } while (!used.compareAndSet(current, current + bytes));
        return true;
    }

    /** Charges entries that must be kept whatever the bound: moved, redriven or restored ones. */
    public void charge(long bytes) {
        used.addAndGet(bytes);
    }

    public void release(long bytes) {
        used.addAndGet(-bytes);
    }

    public long used() {
        return used.get();
    }

    public long limit() {
        return limit;
    }

    /** Why a request was refused and how to get past it, for the services' error messages. */
    public String exhausted() {
        return "The emulator's bound on retained memory is reached: SQS messages and Kinesis records hold about "
                + used() + " of " + limit + " bytes. Delete or receive messages, let records expire, or raise the "
                + "bound with --max-retained-bytes (EMULATOR_MAX_RETAINED_BYTES, Emulator.Builder.maxRetainedBytes).";
    }
}
