package dev.awsemulator.samples.eventsourcing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The tests' customers: five accounts, a reproducible mix of commands, and what the read models should show for them. */
final class AccountActivity {

    static final List<String> ACCOUNTS = List.of("acc-1", "acc-2", "acc-3", "acc-4", "acc-5");

    private final Random random = new Random(42);

    /** Commands appending to {@code log}, with every account opened. */
    AccountCommands open(EventLog log) {
        AccountCommands commands = new AccountCommands(log);
        ACCOUNTS.forEach(commands::open);
        return commands;
    }

    /** A reproducible mix of deposits and withdrawals that never overdraws. */
    void act(AccountCommands commands, int count) {
        for (int i = 0; i < count; i++) {
            String account = ACCOUNTS.get(random.nextInt(ACCOUNTS.size()));
            long balance = commands.balance(account);
            if (balance > 0 && random.nextInt(3) == 0) {
                commands.withdraw(account, 1 + random.nextInt((int) Math.min(balance, 1000)));
            } else {
                commands.deposit(account, 1 + random.nextInt(500));
            }
        }
    }

    static Map<String, Long> sums(List<AccountEvent> events) {
        return events.stream().collect(Collectors.groupingBy(AccountEvent::accountId, TreeMap::new,
                Collectors.summingLong(AccountEvent::delta)));
    }

    static Map<String, List<AccountEvent>> byAccount(List<AccountEvent> events) {
        return events.stream().collect(Collectors.groupingBy(AccountEvent::accountId, TreeMap::new,
                Collectors.toCollection(ArrayList::new)));
    }
}
