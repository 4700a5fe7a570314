package dev.awsemulator.core;

import dev.awsemulator.core.sqs.SqsOptions;
import dev.awsemulator.core.sqs.SqsService;
import dev.awsemulator.core.time.Clock;
import dev.awsemulator.core.time.SystemClock;

/**
 * The composition root: every service of one emulator, sharing one clock. Services keep the
 * resources of every account and region they have seen.
 */
public final class Emulator implements AutoCloseable {

    private final Clock clock;
    private final SqsService sqs;

    public Emulator(Clock clock, SqsOptions sqsOptions) {
        this.clock = clock;
        this.sqs = new SqsService(clock, sqsOptions);
    }

    /** An emulator on wall-clock time with AWS's rules. */
    public Emulator() {
        this(new SystemClock(), SqsOptions.STRICT);
    }

    public Clock clock() {
        return clock;
    }

    public SqsService sqs() {
        return sqs;
    }

    /** Deletes every resource of every service; the clock keeps its time. */
    public void reset() {
        sqs.reset();
    }

    @Override
    public void close() {
        sqs.reset();
        if (clock instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not stop the clock", e);
            }
        }
    }
}
