package dev.awsemulator.core.service;

import java.util.ServiceLoader;

/**
 * The port through which a service finds, with {@link ServiceLoader}, a runtime it loads on its first use (MSK's
 * and Amazon MQ's brokers). By default the class path of the emulator's own classes; a host may keep those
 * libraries apart, as the dev server does with its brokers' jars, which it loads when the first broker starts
 * rather than reading them at every start.
 */
@FunctionalInterface
public interface RuntimeLibraries {

    /**
     * The libraries on the emulator's own class path. A class rather than a method reference, which every start
     * would link (a handle to {@code Class.getClassLoader}: about 4 ms of the dev server's start).
     */
    RuntimeLibraries CLASS_PATH = new RuntimeLibraries() {
        @Override
        public ClassLoader classLoader() {
            return RuntimeLibraries.class.getClassLoader();
        }
    };

    /** The class loader that sees the runtimes' libraries; the first call may make it. */
    ClassLoader classLoader();

    /** The implementations of {@code type} these libraries provide, in the loader's order. */
    default <S> ServiceLoader<S> implementations(Class<S> type) {
        return ServiceLoader.load(type, classLoader());
    }
}
