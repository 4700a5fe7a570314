package dev.awsemulator.core.mq;

import dev.awsemulator.core.mq.api.ConfigurationId;
import dev.awsemulator.core.persistence.ServiceStorage;
import dev.awsemulator.core.time.Cancellable;
import dev.awsemulator.core.time.Clock;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Starts, reboots and stops the runtimes of brokers, off the calling thread (a broker takes a few hundred
 * milliseconds to start), then ends the broker's {@code *_IN_PROGRESS} state once the runtime is ready and
 * the transition delay has passed on the emulator's clock. No thread exists before the first broker.
 */
final class BrokerRunner implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(BrokerRunner.class.getName());

    private final Clock clock;
    private final Duration delay;
    private final String host;
    private final Supplier<BrokerEngines> engines;
    private final Supplier<BrokerTls> tls;
    private final ServiceStorage storage;
    /** Told of every change a transition makes, so it reaches the journal. */
    private final Consumer<Broker> changed;
    /** The text of a configuration revision, decoded; null for one that is gone. */
    private final Function<ConfigurationId, String> configurations;
    private final Map<Broker, Transition> transitions = new ConcurrentHashMap<>();
    private final AtomicInteger threads = new AtomicInteger();
    private ExecutorService executor;

    BrokerRunner(Clock clock, MqOptions options, Supplier<BrokerEngines> engines, Supplier<BrokerTls> tls,
                 ServiceStorage storage, Function<ConfigurationId, String> configurations, Consumer<Broker> changed) {
        this.clock = clock;
        this.delay = options.transitionDelay();
        this.host = options.host();
        this.engines = engines;
        this.tls = tls;
        this.storage = storage;
        this.configurations = configurations;
        this.changed = changed;
    }

    /** The engine's runtime is on the class path (else brokers are control plane only). */
    boolean installed(EngineType engine) {
        return engines.get().engine(engine).isPresent();
    }

    /** Starts a new broker: {@code CREATION_IN_PROGRESS} until it runs, {@code CREATION_FAILED} if it cannot. */
    void create(Broker broker) {
        run(() -> {
            String configuration;
            synchronized (broker) {
                configuration = configurationText(broker, broker.pendingConfiguration);
            }
            if (start(broker, configuration, Broker.CREATION_FAILED)) {
                settle(broker, () -> {
                    broker.applyPending();
                    broker.state(Broker.RUNNING);
                });
            }
        });
    }

    /** Stops the broker, applies its pending changes and starts it again: {@code REBOOT_IN_PROGRESS} meanwhile. */
    void reboot(Broker broker) {
        broker.state(Broker.REBOOT_IN_PROGRESS);
        run(() -> {
            stopRuntime(broker);
            String configuration;
            synchronized (broker) {
                broker.applyPending();
                configuration = configurationText(broker, broker.currentConfiguration);
            }
            changed.accept(broker);
            if (start(broker, configuration, Broker.CRITICAL_ACTION_REQUIRED)) {
                settle(broker, () -> broker.state(Broker.RUNNING));
            }
        });
    }

    /** Starts a broker the data directory kept, as it was: its pending changes stay pending. */
    void restart(Broker broker) {
        String target = broker.state.equals(Broker.CREATION_IN_PROGRESS) ? Broker.CREATION_IN_PROGRESS
                : Broker.REBOOT_IN_PROGRESS;
        broker.state(target);
        if (target.equals(Broker.CREATION_IN_PROGRESS)) {
            create(broker);
            return;
        }
        run(() -> {
            String configuration;
            synchronized (broker) {
                configuration = configurationText(broker, broker.currentConfiguration);
            }
            if (start(broker, configuration, Broker.CRITICAL_ACTION_REQUIRED)) {
                settle(broker, () -> broker.state(Broker.RUNNING));
            }
        });
    }

    /** Stops the broker and deletes its files, then {@code removal} takes it out of the registry. */
    void delete(Broker broker, Runnable removal) {
        broker.state(Broker.DELETION_IN_PROGRESS);
        run(() -> {
            stopRuntime(broker);
            storage.delete(BrokerLaunch.BROKERS, broker.id);
            settle(broker, removal);
        });
    }

    /** Stops the broker now, on this thread, and deletes its files: reset, account deletion and close. */
    void discard(Broker broker) {
        Transition transition = transitions.remove(broker);
        if (transition != null) {
            transition.cancel();
        }
        broker.gone();
        stopRuntime(broker);
        storage.delete(BrokerLaunch.BROKERS, broker.id);
    }

    /** Stops the broker's runtime, keeping its files: the emulator closes with a data directory. */
    void stopKeepingFiles(Broker broker) {
        synchronized (broker) {
            broker.removed = true;
        }
        stopRuntime(broker);
    }

    /** The destinations of the broker's runtime, or none while it is stopped. */
    List<DestinationStats> destinations(Broker broker) {
        RunningBroker runtime;
        synchronized (broker) {
            runtime = broker.runtime;
        }
        return runtime == null ? List.of() : runtime.destinations();
    }

    private boolean start(Broker broker, String configuration, String failedState) {
        Optional<BrokerEngine> engine = engines.get().engine(broker.engine);
        if (engine.isEmpty()) {
            return true;
        }
        BrokerLaunch launch;
        synchronized (broker) {
            if (broker.removed) {
                return false;
            }
            launch = new BrokerLaunch(broker.id, broker.name, broker.engine,
                    broker.pendingEngineVersion != null ? broker.pendingEngineVersion : broker.engineVersion, host,
                    broker.listeners, broker.credentials(), configuration, tls.get(), storage);
        }
        RunningBroker runtime;
        try {
            runtime = startWithEngineClasses(engine.get(), launch);
        } catch (Exception | LinkageError e) {
            LOG.log(System.Logger.Level.WARNING, "MQ broker {0} could not start: {1}", broker.id, e.toString());
            synchronized (broker) {
                broker.failure = e.toString();
            }
            broker.state(failedState);
            changed.accept(broker);
            return false;
        }
        synchronized (broker) {
            if (!broker.removed) {
                broker.runtime = runtime;
                broker.listeners = runtime.listeners();
                broker.failure = null;
                return true;
            }
        }
        runtime.stop();
        return false;
    }

    /**
     * Starts with the engine's class loader as the thread's context class loader, which libraries that find
     * classes by name use (Qpid's plugins), and which the broker's own threads inherit: the engine's may be a
     * loader of its own, which the emulator's threads do not have.
     */
    private static RunningBroker startWithEngineClasses(BrokerEngine engine, BrokerLaunch launch) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        thread.setContextClassLoader(engine.getClass().getClassLoader());
        try {
            return engine.start(launch);
        } finally {
            thread.setContextClassLoader(caller);
        }
    }

    private static void stopRuntime(Broker broker) {
        RunningBroker runtime;
        synchronized (broker) {
            runtime = broker.runtime;
            broker.runtime = null;
        }
        if (runtime != null) {
            runtime.stop();
        }
    }

    /**
     * Ends a transition now, or after the delay on the emulator's clock; the journal hears of it either way.
     * The transition is registered before it is scheduled, so a clock advanced at once still finds it.
     */
    private void settle(Broker broker, Runnable completion) {
        Runnable finish = () -> {
            synchronized (broker) {
                if (broker.removed && broker.state.equals(Broker.RUNNING)) {
                    return;
                }
            }
            completion.run();
            changed.accept(broker);
        };
        if (delay.isZero()) {
            finish.run();
            return;
        }
        Transition transition = new Transition();
        transitions.put(broker, transition);
        transition.scheduled = clock.schedule(delay, () -> {
            if (transitions.remove(broker, transition)) {
                finish.run();
            }
        });
    }

    /** A transition waiting on the clock. */
    private static final class Transition {
        volatile Cancellable scheduled;

        void cancel() {
            Cancellable pending = scheduled;
            if (pending != null) {
                pending.cancel();
            }
        }
    }

    private String configurationText(Broker broker, ConfigurationId id) {
        return id == null ? null : configurations.apply(id);
    }

    private synchronized void run(Runnable task) {
        if (executor == null) {
            executor = Executors.newCachedThreadPool(runnable -> {
                Thread thread = new Thread(runnable, "mq-broker-" + threads.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        }
        executor.execute(task);
    }

    /** Calls off pending transitions and stops the threads; brokers are stopped by the service before. */
    @Override
    public synchronized void close() {
        transitions.values().forEach(Transition::cancel);
        transitions.clear();
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    /** Calls off every pending transition, for a reset. */
    void cancelTransitions() {
        transitions.values().forEach(Transition::cancel);
        transitions.clear();
    }
}
