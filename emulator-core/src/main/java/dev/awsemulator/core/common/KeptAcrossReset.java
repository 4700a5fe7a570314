package dev.awsemulator.core.common;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a reset removed with a named resource and the resource created next under the same account, region and name
 * takes back, once (the ports of a broker, so clients configured once reach it after the reset).
 *
 * @param <V> what is kept
 */
public final class KeptAcrossReset<V> {

    private final Map<List<String>, V> byName = new ConcurrentHashMap<>();

    /** Keeps {@code value} for the resource created next as {@code name} in this account and region. */
    public void keep(String accountId, String region, String name, V value) {
        byName.put(List.of(accountId, region, name), value);
    }

    /** What was kept for a resource the caller creates as {@code name}, once; {@code none} if nothing was. */
    public V take(Caller caller, String name, V none) {
        V kept = byName.remove(List.of(caller.accountId(), caller.region(), name));
        return kept == null ? none : kept;
    }
}
