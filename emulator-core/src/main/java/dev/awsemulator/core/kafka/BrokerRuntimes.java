package dev.awsemulator.core.kafka;

import dev.awsemulator.core.kafka.brokers.BrokerRuntime;
import dev.awsemulator.core.kafka.brokers.ClusterSpec;
import dev.awsemulator.core.kafka.brokers.RunningCluster;
import dev.awsemulator.core.service.RuntimeLibraries;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Finds what runs the brokers: the runtime the emulator's builder bound, else the first one its
 * {@link RuntimeLibraries} provide, looked for when the first cluster is created and not before, so an emulator
 * that never serves a cluster loads no broker class. Without one, clusters fail with a state that says what to add.
 */
final class BrokerRuntimes {

    static final String MISSING_MESSAGE = "No Kafka broker runtime is on the classpath, so no broker can serve this"
            + " cluster. Add the artifact dev.awsemulator:emulator-kafka (the dev server has it).";

    /** Answers every start with the failure above. */
    private static final BrokerRuntime MISSING = new BrokerRuntime() {
        @Override
        public CompletionStage<RunningCluster> start(ClusterSpec spec) {
            return CompletableFuture.failedFuture(new IllegalStateException(MISSING_MESSAGE));
        }

        @Override
        public String description() {
            return "none (emulator-kafka is not on the classpath)";
        }
    };

    /** Starts nothing, ever: clusters stay CREATING. For an emulator that only checks requests. */
    static final BrokerRuntime IDLE = new BrokerRuntime() {
        @Override
        public CompletionStage<RunningCluster> start(ClusterSpec spec) {
            return new CompletableFuture<>();
        }

        @Override
        public String description() {
            return "none (the emulator only checks requests)";
        }
    };

    private final Supplier<BrokerRuntime> bound;
    private final Supplier<RuntimeLibraries> libraries;
    private BrokerRuntime found;

    BrokerRuntimes(Supplier<BrokerRuntime> bound, Supplier<RuntimeLibraries> libraries) {
        this.bound = bound;
        this.libraries = libraries;
    }

    synchronized BrokerRuntime get() {
        BrokerRuntime given = bound.get();
        if (given != null) {
            return given;
        }
        if (found == null) {
            found = libraries.get().implementations(BrokerRuntime.class).findFirst().orElse(MISSING);
        }
        return found;
    }

    /** The runtime's description once one was looked for; before, nothing is loaded to ask. */
    synchronized String description() {
        BrokerRuntime given = bound.get();
        return given != null ? given.description() : found != null ? found.description() : null;
    }
}
