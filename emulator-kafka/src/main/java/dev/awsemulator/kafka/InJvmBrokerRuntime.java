package dev.awsemulator.kafka;

import dev.awsemulator.core.kafka.brokers.BrokerRuntime;
import dev.awsemulator.core.kafka.brokers.ClusterSpec;
import dev.awsemulator.core.kafka.brokers.RunningCluster;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.common.utils.Exit;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Apache Kafka brokers (KRaft) in the emulator's JVM: the core's broker runtime, found with
 * {@link java.util.ServiceLoader} when the first cluster is created. Brokers start, change and stop on the
 * runtime's own daemon threads. With {@link ClusterSpec#externalBootstrap()} set it starts nothing and fronts
 * that cluster instead.
 */
public final class InJvmBrokerRuntime implements BrokerRuntime {

    private final ExecutorService executor;

    public InJvmBrokerRuntime() {
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "msk-brokers-" + threads.incrementAndGet());
            thread.setDaemon(true);
            // Kafka loads the classes its configs name (SASL callbacks, principal builders) through the thread's
            // context class loader, which must see this module's even where a loader of its own loaded it.
            thread.setContextClassLoader(InJvmBrokerRuntime.class.getClassLoader());
            return thread;
        });
        keepTheJvmAlive();
        IamAuthentication.install();
    }

    @Override
    public CompletionStage<RunningCluster> start(ClusterSpec spec) {
        return CompletableFuture.supplyAsync(() -> spec.externalBootstrap() != null
                ? ExternalCluster.attach(spec, executor) : InJvmCluster.start(spec, executor), executor);
    }

    @Override
    public String description() {
        return "Apache Kafka " + AppInfoParser.getVersion() + " (KRaft, in this JVM)";
    }

    /**
     * Kafka stops its process when a broker meets a fatal error; here that process is the emulator, serving
     * other clusters and services. A broker's fatal error fails that broker instead, which its cluster reports.
     */
    private static void keepTheJvmAlive() {
        Exit.setExitProcedure((status, message) -> {
            throw new IllegalStateException("a Kafka broker asked to exit (" + status + "): " + message);
        });
        Exit.setHaltProcedure((status, message) -> {
            throw new IllegalStateException("a Kafka broker asked to halt (" + status + "): " + message);
        });
    }
}
