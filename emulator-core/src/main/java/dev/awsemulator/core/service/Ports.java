package dev.awsemulator.core.service;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The implementations of the interfaces through which services reach what is outside them: another
 * service (SNS delivering into SQS), the network (HTTP subscribers), later a broker runtime. Keyed by the
 * port's interface. A port given to the emulator's builder is bound for good; an offered one is a default
 * that a host of the emulator supplies, kept only when nothing was bound before.
 */
public final class Ports {

    private final Map<Class<?>, Object> bound = new ConcurrentHashMap<>();

    /** Ports bound for good, each value an implementation of its key. */
    public Ports(Map<Class<?>, Object> bound) {
        bound.forEach((type, implementation) -> this.bound.put(type, type.cast(implementation)));
    }

    /** Binds {@code implementation} unless a port of this type is bound already; true if it was taken. */
    public <P> boolean offer(Class<P> type, P implementation) {
        return bound.putIfAbsent(type, type.cast(implementation)) == null;
    }

    /** The port bound for this type, or {@code fallback}. */
    public <P> P get(Class<P> type, P fallback) {
        Object implementation = bound.get(type);
        return implementation == null ? fallback : type.cast(implementation);
    }
}
