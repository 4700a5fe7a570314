package dev.awsemulator.core.kinesis;

import java.time.Instant;

/** Instants as nanoseconds since the epoch: exact for the clock's precision, and good until 2262. */
final class EpochNanos {

    static final long PER_SECOND = 1_000_000_000L;

    private EpochNanos() {
    }

    static long of(Instant instant) {
        return instant.getEpochSecond() * PER_SECOND + instant.getNano();
    }

    static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, PER_SECOND), Math.floorMod(nanos, PER_SECOND));
    }
}
