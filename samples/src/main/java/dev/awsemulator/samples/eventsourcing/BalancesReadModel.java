package dev.awsemulator.samples.eventsourcing;

import java.util.Map;
import java.util.TreeMap;

/** The balance of every account: the sum of its events' deltas. */
public final class BalancesReadModel extends ReadModel {

    private final Map<String, Long> balances = new TreeMap<>();

    @Override
    protected void apply(AccountEvent event) {
        balances.merge(event.accountId(), event.delta(), Long::sum);
    }

    public synchronized Map<String, Long> balances() {
        return Map.copyOf(balances);
    }
}
