package dev.awsemulator.core.service;

import dev.awsemulator.core.common.RetainedMemory;
import dev.awsemulator.core.persistence.ServiceStorage;
import dev.awsemulator.core.persistence.ServiceStorages;
import dev.awsemulator.core.persistence.StateJournal;
import dev.awsemulator.core.time.Clock;

import java.util.Map;
import java.util.function.Supplier;

/**
 * What an emulator shares with each service it makes: one clock, one journal, one bound on retained
 * memory, the options given to its builder, its ports, and a place for files beside the journal. A service never reaches another service through
 * here: what crosses services is a port, wired once by the emulator.
 */
public final class ServiceContext {

    private final Clock clock;
    private final StateJournal journal;
    private final RetainedMemory retainedMemory;
    private final Map<Class<?>, Object> options;
    private final Ports ports;
    private final ServiceStorages storages;
    private final boolean checkOnly;

    /**
     * @param checkOnly     true for an emulator that only checks what it is given (a config file, before a
     *                      server starts): its services start no external resource
     */
    public ServiceContext(Clock clock, StateJournal journal, RetainedMemory retainedMemory,
                          Map<Class<?>, Object> options, Ports ports, ServiceStorages storages,
                          boolean checkOnly) {
        this.clock = clock;
        this.journal = journal;
        this.retainedMemory = retainedMemory;
        this.options = Map.copyOf(options);
        this.ports = ports;
        this.storages = storages;
        this.checkOnly = checkOnly;
    }

    /** The clock of every timer. */
    public Clock clock() {
        return clock;
    }

    /** Where every change is recorded before it is acknowledged; {@link StateJournal#NONE} in memory only. */
    public StateJournal journal() {
        return journal;
    }

    /**
     * True when the emulator only checks requests against the services' rules and is thrown away: a service
     * that owns external resources (brokers, their ports and files) then starts none.
     */
    public boolean checkOnly() {
        return checkOnly;
    }

    /** The heap that retained messages and records of every service may hold together. */
    public RetainedMemory retainedMemory() {
        return retainedMemory;
    }

    /** The options of this type given to the emulator's builder, else {@code defaults}. */
    public <O> O options(Class<O> type, O defaults) {
        Object given = options.get(type);
        return given == null ? defaults : type.cast(given);
    }

    /**
     * The port of this type, looked up on every call: a host that serves the emulator (the HTTP server)
     * may offer a default after the services were made, and a service that needs a port only on its first
     * use (a broker runtime) loads nothing before. {@code fallback} answers while nobody provides one.
     */
    public <P> Supplier<P> port(Class<P> type, P fallback) {
        return () -> ports.get(type, fallback);
    }

    /**
     * Where the service {@code name} keeps files beside the journal (a broker's message store): in the
     * data directory when there is one, else in a temporary directory the emulator deletes when it closes.
     */
    public ServiceStorage storage(String name) {
        return storages.of(name);
    }
}
