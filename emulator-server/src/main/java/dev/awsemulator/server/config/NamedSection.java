package dev.awsemulator.server.config;

import java.util.function.Function;

/** A section whose entries each declare a resource by name: queues, topics, streams. */
public abstract class NamedSection<E> implements ConfigSection<E> {

    private final String key;
    private final Class<E> entryType;
    private final Function<E, String> name;

    protected NamedSection(String key, Class<E> entryType, Function<E, String> name) {
        this.key = key;
        this.entryType = entryType;
        this.name = name;
    }

    @Override
    public final String key() {
        return key;
    }

    @Override
    public final Class<E> entryType() {
        return entryType;
    }

    @Override
    public final boolean named() {
        return true;
    }

    @Override
    public final String name(E entry) {
        return name.apply(entry);
    }
}
