package dev.awsemulator.core.common;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** A resource's tags, safe to read and change from any thread; reads return copies. */
public final class TagMap {

    private final Map<String, String> tags = new LinkedHashMap<>();

    public synchronized Map<String, String> snapshot() {
        return new LinkedHashMap<>(tags);
    }

    public synchronized void putAll(Map<String, String> added) {
        tags.putAll(added);
    }

    public synchronized void removeAll(Collection<String> keys) {
        keys.forEach(tags::remove);
    }
}
