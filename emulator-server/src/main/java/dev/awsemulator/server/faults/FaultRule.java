package dev.awsemulator.server.faults;

import dev.awsemulator.server.api.BatchEntries;
import dev.awsemulator.core.time.Clock;
import dev.awsemulator.server.api.FailedEntry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;

/**
 * A fault added to an emulator: its id, the fault, the account whose calls it applies to, the ARN of the
 * resource it is aimed at, and how many calls it has acted on so far. Safe to read from any thread while
 * requests run.
 */
public final class FaultRule {

    private final String id;
    private final Fault fault;
    private final String accountId;
    private final String resourceArn;
    private final FaultError error;
    private final BatchEntries<?, ?, ?> batch;
    private final Clock clock;
    /** Draws which calls a fraction applies to; null when the fault applies to every call. */
    private final Random draws;
    private int hits;

    FaultRule(String id, Fault fault, String accountId, String resourceArn, FaultError error,
              BatchEntries<?, ?, ?> batch, Clock clock) {
        this.id = id;
        this.fault = fault;
        this.accountId = accountId;
        this.resourceArn = resourceArn;
        this.error = error;
        this.batch = batch;
        this.clock = clock;
        this.draws = fault.fraction().isPresent() ? new Random(fault.seed()) : null;
    }

    /** The id the request journal and the admin endpoint name the rule by. */
    public String id() {
        return id;
    }

    public Fault fault() {
        return fault;
    }

    /** The account whose calls the rule applies to. */
    public String accountId() {
        return accountId;
    }

    /** The ARN of the resource the rule is aimed at; null for every resource. */
    public String resourceArn() {
        return resourceArn;
    }

    /** How many calls the rule has acted on. */
    public synchronized int hits() {
        return hits;
    }

    /** How many more calls it will act on; empty when it has no limit. */
    public synchronized OptionalInt remaining() {
        return fault.times().isPresent() ? OptionalInt.of(fault.times().getAsInt() - hits) : OptionalInt.empty();
    }

    boolean appliesTo(String service, String operation, String account) {
        return fault.operation().equals(operation) && fault.service().equals(service) && accountId.equals(account);
    }

    /** What the rule does to this call, counting it; null when it lets the call through. */
    Injection fire(Object input) {
        Injection.PartialBatch entries = null;
        if (fault.kind() == Fault.Kind.FAIL_ENTRIES) {
            entries = chooseEntries(input);
            if (entries == null) {
                return null;
            }
        }
        Instant due = null;
        synchronized (this) {
            if (fault.times().isPresent() && hits >= fault.times().getAsInt()
                    || draws != null && draws.nextDouble() >= fault.fraction().getAsDouble()) {
                return null;
            }
            // Read before the hit counts, so a test that sees the hit and advances the clock moves towards it.
            if (fault.kind() == Fault.Kind.DELAY && !fault.realTime()) {
                due = clock.now().plus(fault.delay());
            }
            hits++;
        }
        return switch (fault.kind()) {
            case FAIL -> new Injection.Failure(this, error.exception(message()));
            case FAIL_ENTRIES -> entries;
            case DELAY -> new Injection.Delay(this, fault.delay(), due);
            case DROP_CONNECTION -> new Injection.DropConnection(this);
            case RESET_MID_BODY -> new Injection.ResetMidBody(this);
        };
    }

    /** The chosen entries this call has, failed, and the request without them; null if it has none of them. */
    private Injection.PartialBatch chooseEntries(Object input) {
        List<?> entries = batch.entries(input);
        List<FailedEntry> failed = new ArrayList<>();
        List<Object> kept = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Object entry = entries.get(i);
            String entryId = batch.id(entry);
            if (fault.entryIndices().contains(i) || entryId != null && fault.entryIds().contains(entryId)) {
                failed.add(new FailedEntry(i, entryId, error, message()));
            } else {
                kept.add(entry);
            }
        }
        return failed.isEmpty() ? null
                : new Injection.PartialBatch(this, kept.isEmpty() ? null : batch.withEntries(input, kept), failed, batch);
    }

    private String message() {
        return fault.message() != null ? fault.message() : error.code() + " injected by fault rule " + id + ".";
    }

    @Override
    public String toString() {
        return "fault rule " + id + " (" + fault + ")";
    }
}
