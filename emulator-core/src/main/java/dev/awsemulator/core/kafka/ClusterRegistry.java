package dev.awsemulator.core.kafka;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.common.KeptAcrossReset;
import dev.awsemulator.core.kafka.brokers.Listener;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Every cluster of every account and region, by ARN. */
final class ClusterRegistry {

    private final Map<String, MskCluster> byArn = new ConcurrentHashMap<>();
    /**
     * The ports of the clusters a reset removed, by account, region and name: a cluster created again under the same
     * name takes them when free, so clients configured once (a test's cached application context) reach it after
     * the reset.
     */
    private final KeptAcrossReset<Map<Integer, Map<Listener, Integer>>> portsBeforeReset = new KeptAcrossReset<>();

    /** The caller's cluster with this ARN; {@code NotFoundException} otherwise. */
    MskCluster find(Caller caller, String arn) {
        Checks.required(arn, "clusterArn");
        MskCluster cluster = byArn.get(arn);
        if (cluster == null || !cluster.accountId.equals(caller.accountId()) || !cluster.region.equals(caller.region())) {
            throw KafkaError.NOT_FOUND.exception("The cluster " + arn + " does not exist.", "clusterArn");
        }
        return cluster;
    }

    /** The caller's clusters, by name then ARN. */
    List<MskCluster> owned(Caller caller) {
        return byArn.values().stream()
                .filter(cluster -> cluster.accountId.equals(caller.accountId()) && cluster.region.equals(caller.region()))
                .sorted(Comparator.comparing((MskCluster cluster) -> cluster.name).thenComparing(cluster -> cluster.arn))
                .toList();
    }

    boolean nameTaken(Caller caller, String name) {
        return owned(caller).stream().anyMatch(cluster -> cluster.name.equals(name));
    }

    MskCluster get(String arn) {
        return byArn.get(arn);
    }

    void add(MskCluster cluster) {
        byArn.put(cluster.arn, cluster);
    }

    /** Takes the cluster out; true if it was still there. Marks it removed under its monitor. */
    boolean remove(MskCluster cluster) {
        synchronized (cluster) {
            cluster.removed = true;
        }
        return byArn.remove(cluster.arn, cluster);
    }

    /** Remembers the cluster's ports for the one created next under its name: a reset is removing it. */
    void rememberPortsForReset(MskCluster cluster) {
        Map<Integer, Map<Listener, Integer>> ports = cluster.ports();
        if (!ports.isEmpty()) {
            portsBeforeReset.keep(cluster.accountId, cluster.region, cluster.name, ports);
        }
    }

    /** The ports a cluster of this name had before a reset, once; empty if none. */
    Map<Integer, Map<Listener, Integer>> takePortsBeforeReset(Caller caller, String name) {
        return portsBeforeReset.take(caller, name, Map.of());
    }

    List<MskCluster> all() {
        return byArn.values().stream().sorted(Comparator.comparing(cluster -> cluster.arn)).toList();
    }
}
