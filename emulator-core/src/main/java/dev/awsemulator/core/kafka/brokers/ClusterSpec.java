package dev.awsemulator.core.kafka.brokers;

import dev.awsemulator.core.persistence.ServiceStorage;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What the brokers of one cluster are to be.
 *
 * @param clusterArn        the MSK cluster they serve, for messages and names
 * @param clusterId         the identity of the cluster's Kafka metadata: the same id finds the same logs again
 * @param brokerCount       how many brokers, with ids 1 to {@code brokerCount}
 * @param listeners         the client listeners every broker serves
 * @param serverProperties  broker settings from the cluster's MSK configuration, over the runtime's defaults
 * @param scramUsers        SCRAM-SHA-512 users, name to password, for the {@link Listener#SASL_SCRAM} listener
 * @param tls               the certificate and key of the TLS listeners, asked for only if one is served
 * @param host              the address brokers listen on; a wildcard address is advertised as {@code 127.0.0.1}
 * @param storage           where the brokers keep their logs, under {@link #directoryNames()}: kept across
 *                          restarts when the storage is persistent, else deleted with the brokers
 * @param ports             the ports each broker served before (broker id, listener, port), taken again when free
 * @param externalBootstrap null to run brokers; otherwise the bootstrap servers of an existing Kafka cluster the
 *                          MSK cluster stands for, whose brokers the runtime neither starts nor stops
 */
public record ClusterSpec(String clusterArn, UUID clusterId, int brokerCount, Set<Listener> listeners,
                          Map<String, String> serverProperties, Map<String, String> scramUsers,
                          Supplier<TlsIdentity> tls, String host, ServiceStorage storage,
                          Map<Integer, Map<Listener, Integer>> ports, String externalBootstrap) {

    public ClusterSpec {
        Objects.requireNonNull(clusterArn, "clusterArn");
        Objects.requireNonNull(clusterId, "clusterId");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(storage, "storage");
        if (brokerCount < 1) {
            throw new IllegalArgumentException("a cluster has at least one broker: " + brokerCount);
        }
        listeners = Set.copyOf(listeners);
        serverProperties = Map.copyOf(serverProperties);
        scramUsers = Map.copyOf(scramUsers);
        ports = Map.copyOf(ports);
    }

    /**
     * The cluster's folder in {@link #storage()}, named after its metadata id so that a restart finds its logs:
     * {@code storage().directory(directoryNames())}.
     */
    public String[] directoryNames() {
        return directoryNames(clusterId);
    }

    /** The folder in the storage of the cluster whose metadata id is {@code clusterId}. */
    public static String[] directoryNames(UUID clusterId) {
        return new String[] {clusterId.toString()};
    }

    /** The same brokers with other SCRAM users. */
    public ClusterSpec withScramUsers(Map<String, String> users) {
        return new ClusterSpec(clusterArn, clusterId, brokerCount, listeners, serverProperties, users, tls, host,
                storage, ports, externalBootstrap);
    }
}
