package dev.awsemulator.core.kafka;

import dev.awsemulator.core.kafka.brokers.BrokerNode;
import dev.awsemulator.core.kafka.brokers.ClusterSpec;
import dev.awsemulator.core.kafka.brokers.Listener;
import dev.awsemulator.core.kafka.brokers.RunningCluster;
import dev.awsemulator.core.persistence.ServiceStorage;
import dev.awsemulator.core.time.Clock;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Between a cluster and the brokers that serve it: what to ask the runtime for (the cluster's spec), and what
 * the runtime's answers change in the cluster (its running brokers and their addresses). Brokers that come up
 * for a cluster deleted meanwhile are stopped again at once, so none is left behind.
 */
final class ClusterBrokers {

    private final Clock clock;
    private final BrokerRuntimes runtimes;
    private final KafkaOptions options;
    /** Where clusters keep their logs, one folder each. */
    private final ServiceStorage storage;
    private final BrokerCertificate certificate;
    private final Function<MskCluster, Map<String, String>> serverProperties;
    private final Function<MskCluster, Map<String, String>> scramUsers;
    /** Told of a cluster whose brokers changed address, for the journal. */
    private final Consumer<MskCluster> changed;

    ClusterBrokers(Clock clock, BrokerRuntimes runtimes, KafkaOptions options, ServiceStorage storage,
                   BrokerCertificate certificate, Function<MskCluster, Map<String, String>> serverProperties,
                   Function<MskCluster, Map<String, String>> scramUsers, Consumer<MskCluster> changed) {
        this.clock = clock;
        this.runtimes = runtimes;
        this.options = options;
        this.storage = storage;
        this.certificate = certificate;
        this.serverProperties = serverProperties;
        this.scramUsers = scramUsers;
        this.changed = changed;
    }

    /** Starts the cluster's brokers; the stage completes once they serve, on the runtime's threads. */
    CompletionStage<Void> start(MskCluster cluster) {
        ClusterSpec spec = spec(cluster);
        return runtimes.get().start(spec).thenAccept(running -> attach(cluster, running));
    }

    /** Brings running brokers to the cluster's settings now; brokers not running yet start with them anyway. */
    CompletionStage<Void> apply(MskCluster cluster) {
        RunningCluster running = running(cluster);
        return running == null ? done() : running.apply(spec(cluster)).thenRun(() -> nodesChanged(cluster, running));
    }

    CompletionStage<Void> reboot(MskCluster cluster, Collection<Integer> brokerIds) {
        RunningCluster running = running(cluster);
        return running == null ? done() : running.reboot(brokerIds);
    }

    /** Gives running brokers the cluster's SCRAM users; a broker that starts later gets them from its spec. */
    CompletionStage<Void> refreshUsers(MskCluster cluster) {
        RunningCluster running = running(cluster);
        return running == null ? done() : running.scramUsers(scramUsers.apply(cluster));
    }

    /**
     * Stops the cluster's brokers. {@code deleteFiles} also deletes its logs, and its directory when no broker
     * runs to do so (a cluster that failed to start, or one not restarted yet).
     */
    CompletionStage<Void> stop(MskCluster cluster, boolean deleteFiles) {
        RunningCluster running;
        synchronized (cluster) {
            running = cluster.running;
            cluster.running = null;
        }
        if (running != null) {
            return running.stop(deleteFiles);
        }
        if (deleteFiles) {
            storage.delete(ClusterSpec.directoryNames(cluster.uuid));
        }
        return done();
    }

    /** What runs the brokers, once the first cluster looked for it; null before. */
    String runtimeDescription() {
        return runtimes.description();
    }

    ClusterSpec spec(MskCluster cluster) {
        synchronized (cluster) {
            Set<Listener> listeners = cluster.serverless() ? Set.of(Listener.SASL_IAM)
                    : ClusterSecurity.listeners(cluster.settings.clientAuthentication(),
                            cluster.settings.encryptionInfo());
            return new ClusterSpec(cluster.arn, cluster.uuid, cluster.brokerCount(), listeners,
                    serverProperties.apply(cluster), scramUsers.apply(cluster), certificate, options.brokerHost(),
                    storage, cluster.ports(), options.externalBootstrap());
        }
    }

    private void attach(MskCluster cluster, RunningCluster running) {
        boolean removed;
        synchronized (cluster) {
            removed = cluster.removed;
            if (!removed) {
                cluster.running = running;
            }
        }
        if (removed) {
            running.stop(true);
            return;
        }
        nodesChanged(cluster, running);
    }

    private void nodesChanged(MskCluster cluster, RunningCluster running) {
        synchronized (cluster) {
            cluster.nodes = running.nodes();
            Instant now = clock.now();
            for (BrokerNode node : cluster.nodes) {
                cluster.brokersAdded.putIfAbsent(node.id(), now);
            }
            cluster.brokersAdded.keySet().retainAll(cluster.nodes.stream().map(BrokerNode::id).toList());
            changed.accept(cluster);
        }
    }

    private static RunningCluster running(MskCluster cluster) {
        synchronized (cluster) {
            return cluster.running;
        }
    }

    private static CompletionStage<Void> done() {
        return CompletableFuture.completedFuture(null);
    }
}
