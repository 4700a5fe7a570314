package dev.awsemulator.server.faults;

import dev.awsemulator.core.common.Caller;

import java.util.List;

/**
 * The fault rules of one account of an emulator: those added here apply to that account's calls, and their
 * resources are looked up in its region. Cleared with the emulator's reset.
 *
 * <pre>{@code
 * FaultRule rule = faults.add(Fault.on("sqs", "SendMessage").resource("orders").times(2).fail("ThrottlingException"));
 * ...
 * assertThat(rule.hits()).isEqualTo(2);
 * }</pre>
 */
public final class Faults {

    private final FaultRegistry registry;
    private final Caller caller;

    Faults(FaultRegistry registry, Caller caller) {
        this.registry = registry;
        this.caller = caller;
    }

    /**
     * Adds a rule that applies from the next call on.
     *
     * @throws InvalidFaultException when the fault names an unknown service or operation, an error the
     *                               operation cannot return, a resource that does not exist, or entries of a
     *                               call that is no batch; the message says what is valid
     */
    public FaultRule add(Fault fault) {
        return registry.add(fault, caller);
    }

    /** This account's rules, spent ones included, in the order they were added. */
    public List<FaultRule> rules() {
        return registry.rules().stream().filter(this::mine).toList();
    }

    /** Removes this account's rule with this id; false if it has none. */
    public boolean remove(String id) {
        return registry.removeIf(rule -> mine(rule) && rule.id().equals(id));
    }

    /** Removes this account's rules. */
    public void clear() {
        registry.clear(caller.accountId());
    }

    private boolean mine(FaultRule rule) {
        return rule.accountId().equals(caller.accountId());
    }
}
