package dev.awsemulator.samples.eventsourcing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A projection of the account events. It checks each account's versions follow one another, which
 * is how the samples prove per-aggregate order survives consumers, shards and resharding. A model
 * replayed from a timestamp starts mid-history, so an account's first event seen may have any version.
 * Thread-safe: a fan-out consumer delivers each shard's records on its own thread.
 */
public abstract class ReadModel implements Consumer<AccountEvent> {

    private final Map<String, Long> lastVersions = new HashMap<>();
    private final List<String> orderViolations = new ArrayList<>();
    private long eventsApplied;

    @Override
    public final synchronized void accept(AccountEvent event) {
        Long last = lastVersions.put(event.accountId(), event.version());
        if (last != null && event.version() != last + 1) {
            orderViolations.add(event.accountId() + ": version " + event.version() + " after " + last);
        }
        eventsApplied++;
        apply(event);
    }

    /** Called under this model's lock. */
    protected abstract void apply(AccountEvent event);

    public synchronized long eventsApplied() {
        return eventsApplied;
    }

    /** Each event that did not directly follow its account's previous one; empty when order held. */
    public synchronized List<String> orderViolations() {
        return List.copyOf(orderViolations);
    }
}
