package dev.awsemulator.samples.eventsourcing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The command side: validates a command against the account's current state and appends the
 * resulting event to the log (a Kinesis stream or a Kafka topic), which keeps each account's events
 * in order.
 */
public final class AccountCommands {

    private final EventLog log;
    private final Map<String, Long> versions = new HashMap<>();
    private final Map<String, Long> balances = new HashMap<>();
    private final List<AccountEvent> appended = new ArrayList<>();

    public AccountCommands(EventLog log) {
        this.log = log;
    }

    public synchronized void open(String accountId) {
        if (versions.containsKey(accountId)) {
            throw new IllegalStateException("account " + accountId + " is already open");
        }
        append(accountId, AccountEvent.Type.OPENED, 0);
    }

    public synchronized void deposit(String accountId, long amount) {
        append(accountId, AccountEvent.Type.DEPOSITED, positive(amount));
    }

    /** Refuses to overdraw: the check the command side exists for. */
    public synchronized void withdraw(String accountId, long amount) {
        if (balance(accountId) < positive(amount)) {
            throw new IllegalStateException("account " + accountId + " holds only " + balance(accountId));
        }
        append(accountId, AccountEvent.Type.WITHDRAWN, amount);
    }

    public synchronized long balance(String accountId) {
        if (!versions.containsKey(accountId)) {
            throw new IllegalStateException("no account " + accountId);
        }
        return balances.get(accountId);
    }

    /** Every event appended so far, in the order they were appended. */
    public synchronized List<AccountEvent> appended() {
        return List.copyOf(appended);
    }

    private void append(String accountId, AccountEvent.Type type, long amount) {
        boolean opening = type == AccountEvent.Type.OPENED;
        if (!opening) {
            balance(accountId); // the account must exist
        }
        AccountEvent event = new AccountEvent(accountId, versions.getOrDefault(accountId, 0L) + 1, type, amount);
        log.append(event);
        versions.put(accountId, event.version());
        balances.merge(accountId, event.delta(), Long::sum);
        appended.add(event);
    }

    private static long positive(long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive: " + amount);
        }
        return amount;
    }
}
