package dev.awsemulator.server.faults;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.time.Clock;
import dev.awsemulator.server.api.Operation;
import dev.awsemulator.server.api.ServiceDefinition;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The fault rules of one server, and the decision, for each call, whether one of them acts on it. Rules are
 * checked against the served services when added; they apply in the order they were added, the first that
 * acts on a call winning. With no rule, deciding costs one volatile read.
 */
public final class FaultRegistry {

    private static final FaultRule[] NONE = new FaultRule[0];

    private final FaultCheck check;
    private final Clock clock;
    private long lastId;
    /** Replaced, never changed, under this object's lock; read without it. */
    private volatile FaultRule[] rules = NONE;

    /** Rules for calls of these services, whose delays run on {@code clock}, the emulator's. */
    public FaultRegistry(List<ServiceDefinition> services, Clock clock) {
        Map<String, ServiceDefinition> bySigningName = new LinkedHashMap<>();
        services.forEach(service -> bySigningName.put(service.signingName(), service));
        this.check = new FaultCheck(bySigningName, clock);
        this.clock = clock;
    }

    /** The emulator's clock, on which delays that are not in real time run. */
    public Clock clock() {
        return clock;
    }

    /**
     * What a rule does to this call, or null when none acts on it: the first rule, in the order they were added,
     * for this operation of this service, in the caller's account, on the resource the input names (if the
     * rule names one), whose count and draw let it act.
     */
    public Injection decide(ServiceDefinition service, Operation<?> operation, Caller caller, Object input) {
        FaultRule[] current = rules;
        if (current.length == 0) {
            return null;
        }
        String resource = null;
        boolean resourceRead = false;
        for (FaultRule rule : current) {
            if (!rule.appliesTo(service.signingName(), operation.name(), caller.accountId())) {
                continue;
            }
            if (rule.resourceArn() != null) {
                if (!resourceRead) {
                    resource = service.resources().arnOf(caller, input);
                    resourceRead = true;
                }
                if (!rule.resourceArn().equals(resource)) {
                    continue;
                }
            }
            Injection injection = rule.fire(input);
            if (injection != null) {
                return injection;
            }
        }
        return null;
    }

    /**
     * Adds a rule for calls of {@code caller}'s account; its resource is looked up in the caller's region.
     *
     * @throws InvalidFaultException when the fault names what the services lack, saying what is valid
     */
    public synchronized FaultRule add(Fault fault, Caller caller) {
        FaultRule rule = check.rule(Long.toString(lastId + 1), fault, caller);
        lastId++;
        FaultRule[] more = Arrays.copyOf(rules, rules.length + 1);
        more[rules.length] = rule;
        rules = more;
        return rule;
    }

    /** Every rule, spent ones included, in the order they were added. */
    public List<FaultRule> rules() {
        return List.of(rules);
    }

    /** Removes the rule with this id; false if there is none. */
    public boolean remove(String id) {
        return removeIf(rule -> rule.id().equals(id));
    }

    /** Removes every rule; the next one added is numbered 1 again, as in a fresh emulator. */
    public synchronized void clear() {
        removeIf(rule -> true);
        lastId = 0;
    }

    /** Removes the rules of one account, as its resources go with it. */
    public void clear(String accountId) {
        removeIf(rule -> rule.accountId().equals(accountId));
    }

    /** The rules as {@code caller}'s account sees and adds them. */
    public Faults scope(Caller caller) {
        return new Faults(this, caller);
    }

    synchronized boolean removeIf(Predicate<FaultRule> removed) {
        FaultRule[] kept = Arrays.stream(rules).filter(removed.negate()).toArray(FaultRule[]::new);
        boolean changed = kept.length != rules.length;
        rules = kept.length == 0 ? NONE : kept;
        return changed;
    }
}
