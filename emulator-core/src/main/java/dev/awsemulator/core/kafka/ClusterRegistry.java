package dev.awsemulator.core.kafka;

import dev.awsemulator.core.common.Caller;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Every cluster of every account and region, by ARN. */
final class ClusterRegistry {

    private final Map<String, MskCluster> byArn = new ConcurrentHashMap<>();

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

    List<MskCluster> all() {
        return byArn.values().stream().sorted(Comparator.comparing(cluster -> cluster.arn)).toList();
    }
}
