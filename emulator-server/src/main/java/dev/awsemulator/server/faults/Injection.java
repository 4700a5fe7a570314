package dev.awsemulator.server.faults;

import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.server.api.BatchEntries;
import dev.awsemulator.server.api.FailedEntry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What a fault rule does to one call; the request pipeline carries it out. */
public sealed interface Injection {

    /** The rule that chose this call, which the request journal names. */
    FaultRule rule();

    /** The call is answered with {@code error} and does not run. */
    record Failure(FaultRule rule, AwsException error) implements Injection {
    }

    /**
     * The call runs after {@code delay}: on the emulator's clock when it is {@code due} there (the time the rule
     * chose the call, plus the delay), else in real time ({@code due} null).
     */
    record Delay(FaultRule rule, Duration delay, Instant due) implements Injection {
    }

    /** The connection is closed without an answer; the call does not run. */
    record DropConnection(FaultRule rule) implements Injection {
    }

    /** The call runs; its answer is cut off after the head and half the body. */
    record ResetMidBody(FaultRule rule) implements Injection {
    }

    /**
     * Some entries of a batch fail: the call runs with {@code remainingInput} (null when every entry failed, and
     * then nothing runs), and its result reports {@code failed} beside the others'.
     */
    record PartialBatch(FaultRule rule, Object remainingInput, List<FailedEntry> failed, BatchEntries<?, ?, ?> entries)
            implements Injection {

        /** The result of the entries that ran (null if none did), with the failed ones added. */
        public Object withFailed(Object output) {
            return entries.withFailed(output, failed);
        }
    }
}
