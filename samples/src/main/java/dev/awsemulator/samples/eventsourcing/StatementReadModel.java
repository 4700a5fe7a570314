package dev.awsemulator.samples.eventsourcing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Each account's statement: its events in order, as a customer would read them. */
public final class StatementReadModel extends ReadModel {

    private final Map<String, List<AccountEvent>> statements = new TreeMap<>();

    @Override
    protected void apply(AccountEvent event) {
        statements.computeIfAbsent(event.accountId(), id -> new ArrayList<>()).add(event);
    }

    public synchronized Map<String, List<AccountEvent>> statements() {
        Map<String, List<AccountEvent>> copy = new TreeMap<>();
        statements.forEach((account, events) -> copy.put(account, List.copyOf(events)));
        return copy;
    }
}
