package dev.awsemulator.server.faults;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A fault to inject: which calls it applies to (a service's operation, on one resource or any, every call,
 * the next few or a seeded fraction of them) and what happens to them. An immutable value; an emulator
 * checks it against the service's model when it is added, and refuses it with a message saying what is
 * valid ({@link InvalidFaultException}).
 *
 * <pre>{@code
 * Fault.on("sqs", "SendMessage").resource("orders").times(2).fail("ThrottlingException")
 * Fault.on("kinesis", "GetRecords").fraction(0.25, 42).fail("ProvisionedThroughputExceededException")
 * Fault.on("sqs", "ReceiveMessage").delay(Duration.ofSeconds(5))        // on the emulator's clock
 * Fault.on("sns", "Publish").times(1).resetMidBody()                    // it ran; the answer is cut off
 * Fault.on("kinesis", "PutRecords").failEntriesAt("ProvisionedThroughputExceededException", 0, 2)
 * }</pre>
 *
 * <ul>
 *   <li>{@link Builder#fail fail}: the call is answered with that error of the operation's model (or one every
 *       AWS call may get: {@code ThrottlingException}, {@code ServiceUnavailable}, {@code InternalFailure},
 *       ...), with AWS's status and body in the request's protocol; it changes nothing.</li>
 *   <li>{@link Builder#delay delay}: the call waits, holding no thread, then runs and is answered; if the client
 *       hangs up first, it never runs.</li>
 *   <li>{@link Builder#dropConnection dropConnection}: the connection is closed without an answer; the call
 *       never runs.</li>
 *   <li>{@link Builder#resetMidBody resetMidBody}: the call runs, then its answer's head and half its body are
 *       sent and the connection closed, as when a response is lost: the change happened, the client cannot know.</li>
 *   <li>{@link Builder#failEntries failEntries}: in a batch call, the chosen entries fail as AWS reports a failed
 *       entry; the others run.</li>
 * </ul>
 */
public final class Fault {

    /** What happens to a call the fault applies to. */
    public enum Kind { FAIL, FAIL_ENTRIES, DELAY, DROP_CONNECTION, RESET_MID_BODY }

    private final String service;
    private final String operation;
    private final String resource;
    private final Integer times;
    private final Double fraction;
    private final long seed;
    private final Kind kind;
    private final String errorCode;
    private final String message;
    private final List<String> entryIds;
    private final List<Integer> entryIndices;
    private final Duration delay;
    private final boolean realTime;

    private Fault(Builder builder, Kind kind, String errorCode, String message, List<String> entryIds,
                  List<Integer> entryIndices, Duration delay, boolean realTime) {
        this.service = builder.service;
        this.operation = builder.operation;
        this.resource = builder.resource;
        this.times = builder.times;
        this.fraction = builder.fraction;
        this.seed = builder.seed;
        this.kind = kind;
        this.errorCode = errorCode;
        this.message = message;
        this.entryIds = List.copyOf(entryIds);
        this.entryIndices = List.copyOf(entryIndices);
        this.delay = delay;
        this.realTime = realTime;
    }

    /**
     * A fault on calls of {@code operation} (as AWS names it: {@code SendMessage}) of {@code service} (its
     * SigV4 signing name: {@code sqs}, {@code sns}, {@code kinesis}).
     */
    public static Builder on(String service, String operation) {
        return new Builder(service, operation);
    }

    /** The service's signing name. */
    public String service() {
        return service;
    }

    public String operation() {
        return operation;
    }

    /** The resource the fault is aimed at, as given (a name, URL or ARN); null for every resource. */
    public String resource() {
        return resource;
    }

    /** How many calls it applies to; empty for every call. */
    public OptionalInt times() {
        return times == null ? OptionalInt.empty() : OptionalInt.of(times);
    }

    /** Which fraction of the calls it applies to, drawn from a generator seeded with {@link #seed()}; empty for all. */
    public OptionalDouble fraction() {
        return fraction == null ? OptionalDouble.empty() : OptionalDouble.of(fraction);
    }

    public long seed() {
        return seed;
    }

    public Kind kind() {
        return kind;
    }

    /** The error a failed call or entry is answered with; null for the other kinds. */
    public String errorCode() {
        return errorCode;
    }

    /** The error's message; null for the emulator's own, which names the rule. */
    public String message() {
        return message;
    }

    /** The ids of the batch entries that fail. */
    public List<String> entryIds() {
        return entryIds;
    }

    /** The positions (from 0) of the batch entries that fail. */
    public List<Integer> entryIndices() {
        return entryIndices;
    }

    /** How long a delayed call waits; null for the other kinds. */
    public Duration delay() {
        return delay;
    }

    /** Whether the delay is in real time rather than on the emulator's clock (which may be virtual). */
    public boolean realTime() {
        return realTime;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fault fault && service.equals(fault.service) && operation.equals(fault.operation)
                && Objects.equals(resource, fault.resource) && Objects.equals(times, fault.times)
                && Objects.equals(fraction, fault.fraction) && seed == fault.seed && kind == fault.kind
                && Objects.equals(errorCode, fault.errorCode) && Objects.equals(message, fault.message)
                && entryIds.equals(fault.entryIds) && entryIndices.equals(fault.entryIndices)
                && Objects.equals(delay, fault.delay) && realTime == fault.realTime;
    }

    @Override
    public int hashCode() {
        return Objects.hash(service, operation, resource, times, fraction, seed, kind, errorCode, message, entryIds,
                entryIndices, delay, realTime);
    }

    /** The fault in words: {@code sqs SendMessage on orders, the next 2 calls: fail with ThrottlingException}. */
    @Override
    public String toString() {
        String calls = times == null ? "every call" : times == 1 ? "the next call" : "the next " + times + " calls";
        if (fraction != null) {
            calls += " (a fraction of " + fraction + ", seed " + seed + ")";
        }
        String what = switch (kind) {
            case FAIL -> "fail with " + errorCode;
            case FAIL_ENTRIES -> "fail entries " + entries() + " with " + errorCode;
            case DELAY -> "delay " + delay + (realTime ? " in real time" : "");
            case DROP_CONNECTION -> "drop the connection";
            case RESET_MID_BODY -> "reset the connection mid-body";
        };
        return service + " " + operation + (resource == null ? "" : " on " + resource) + ", " + calls + ": " + what;
    }

    private String entries() {
        return Stream.concat(entryIndices.stream().map(String::valueOf), entryIds.stream().map(id -> "\"" + id + "\""))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /**
     * Chooses the calls a fault applies to; one of its last methods says what happens to them and returns the
     * fault. Without {@link #times} or {@link #fraction} it applies to every call.
     */
    public static final class Builder {
        private final String service;
        private final String operation;
        private String resource;
        private Integer times;
        private Double fraction;
        private long seed;

        private Builder(String service, String operation) {
            this.service = Objects.requireNonNull(service, "service");
            this.operation = Objects.requireNonNull(operation, "operation");
        }

        /**
         * Only calls on this resource: a queue's name or URL, a topic's name or ARN, a stream's name or ARN. It
         * must exist when the fault is added.
         */
        public Builder resource(String resource) {
            this.resource = Objects.requireNonNull(resource, "resource");
            return this;
        }

        /** Only the next {@code count} calls (that the other choices let through); then the fault is spent. */
        public Builder times(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("times must be at least 1, not " + count);
            }
            this.times = count;
            return this;
        }

        /** About this fraction of the calls, chosen by a generator seeded with 0: the same calls on every run. */
        public Builder fraction(double fraction) {
            return fraction(fraction, 0);
        }

        /** About this fraction of the calls, chosen by a generator seeded with {@code seed}. */
        public Builder fraction(double fraction, long seed) {
            if (!(fraction > 0 && fraction <= 1)) {
                throw new IllegalArgumentException("fraction must be above 0 and at most 1, not " + fraction);
            }
            this.fraction = fraction;
            this.seed = seed;
            return this;
        }

        /** Answers with this error: its shape name ({@code QueueDoesNotExist}) or its Query code. */
        public Fault fail(String errorCode) {
            return fail(errorCode, null);
        }

        /** Answers with this error and message. */
        public Fault fail(String errorCode, String message) {
            return new Fault(this, Kind.FAIL, Objects.requireNonNull(errorCode, "errorCode"), message, List.of(),
                    List.of(), null, false);
        }

        /** In a batch call, fails the entries with these ids with this error; the other entries run. */
        public Fault failEntries(String errorCode, String... ids) {
            return entries(errorCode, List.of(ids), List.of());
        }

        /** In a batch call, fails the entries at these positions (from 0) with this error; the others run. */
        public Fault failEntriesAt(String errorCode, int... indices) {
            return entries(errorCode, List.of(), Arrays.stream(indices).boxed().toList());
        }

        /** Fails entries chosen by id and by position, with a message of one's own (null for the emulator's). */
        public Fault failEntries(String errorCode, String message, List<String> ids, List<Integer> indices) {
            return new Fault(this, Kind.FAIL_ENTRIES, Objects.requireNonNull(errorCode, "errorCode"), message,
                    ids, indices, null, false);
        }

        private Fault entries(String errorCode, List<String> ids, List<Integer> indices) {
            return failEntries(errorCode, null, ids, indices);
        }

        /**
         * Runs the call after {@code delay} on the emulator's clock: in virtual time when the emulator has one
         * (the call is answered once the test advances the clock past it), else in real time.
         */
        public Fault delay(Duration delay) {
            return delayed(delay, false);
        }

        /** Runs the call after {@code delay} of real time, whatever the emulator's clock. */
        public Fault delayInRealTime(Duration delay) {
            return delayed(delay, true);
        }

        private Fault delayed(Duration delay, boolean realTime) {
            if (delay == null || delay.isNegative() || delay.isZero()) {
                throw new IllegalArgumentException("a delay must be positive, not " + delay);
            }
            return new Fault(this, Kind.DELAY, null, null, List.of(), List.of(), delay, realTime);
        }

        /** Closes the connection without answering; the call does not run. */
        public Fault dropConnection() {
            return new Fault(this, Kind.DROP_CONNECTION, null, null, List.of(), List.of(), null, false);
        }

        /** Runs the call, then sends its answer's head and half its body and closes the connection. */
        public Fault resetMidBody() {
            return new Fault(this, Kind.RESET_MID_BODY, null, null, List.of(), List.of(), null, false);
        }
    }
}
