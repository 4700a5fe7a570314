package dev.awsemulator.core.mq;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.common.KeptAcrossReset;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Every broker of every account and region, by id (ids are unique across them). */
final class BrokerRegistry {

    private final Map<String, Broker> byId = new ConcurrentHashMap<>();
    /**
     * The listeners of the brokers a reset removed, by account, region and name: a broker created again under the
     * same name takes their ports when free, so clients configured once (a test's cached application context) reach
     * it after the reset.
     */
    private final KeptAcrossReset<List<BrokerListener>> listenersBeforeReset = new KeptAcrossReset<>();

    /** The caller's broker of this id, else NotFoundException. */
    Broker find(Caller caller, String id) {
        Broker broker = id == null ? null : byId.get(id);
        if (broker == null || !broker.accountId.equals(caller.accountId()) || !broker.region.equals(caller.region())) {
            throw MqError.NOT_FOUND.exception("broker-id", "Can't find requested broker [" + id
                    + "]. Make sure your broker exists.");
        }
        return broker;
    }

    /** The caller's brokers, in the order they were created. */
    List<Broker> of(Caller caller) {
        return byId.values().stream()
                .filter(broker -> broker.accountId.equals(caller.accountId()) && broker.region.equals(caller.region()))
                .sorted(java.util.Comparator.comparing((Broker broker) -> broker.created).thenComparing(b -> b.id))
                .toList();
    }

    Broker byArn(String arn) {
        return byId.values().stream().filter(broker -> broker.arn.equals(arn)).findFirst().orElse(null);
    }

    Broker get(String id) {
        return byId.get(id);
    }

    void put(Broker broker) {
        byId.put(broker.id, broker);
    }

    /** Removes the broker if it is still this one. */
    void remove(Broker broker) {
        byId.remove(broker.id, broker);
    }

    /** Removes every broker, remembering its listeners for the one created next under its name. */
    void clearRememberingListeners() {
        for (Broker broker : all()) {
            synchronized (broker) {
                if (!broker.listeners.isEmpty()) {
                    listenersBeforeReset.keep(broker.accountId, broker.region, broker.name, broker.listeners);
                }
            }
            remove(broker);
        }
    }

    /** The listeners a broker of this name had before a reset, once; empty if none. */
    List<BrokerListener> takeListenersBeforeReset(Caller caller, String name) {
        return listenersBeforeReset.take(caller, name, List.of());
    }

    Collection<Broker> all() {
        return List.copyOf(byId.values());
    }
}
