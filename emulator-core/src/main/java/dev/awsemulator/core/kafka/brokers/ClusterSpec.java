package dev.awsemulator.core.kafka.brokers;

import java.nio.file.Path;
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
 * @param directory         where the brokers keep their logs, kept across restarts; null for a temporary one
 * @param ports             the ports each broker served before (broker id, listener, port), taken again when free
 * @param externalBootstrap null to run brokers; otherwise the bootstrap servers of an existing Kafka cluster the
 *                          MSK cluster stands for, whose brokers the runtime neither starts nor stops
 */
public record ClusterSpec(String clusterArn, UUID clusterId, int brokerCount, Set<Listener> listeners,
                          Map<String, String> serverProperties, Map<String, String> scramUsers,
                          Supplier<TlsIdentity> tls, String host, Path directory,
                          Map<Integer, Map<Listener, Integer>> ports, String externalBootstrap) {

    public ClusterSpec {
        Objects.requireNonNull(clusterArn, "clusterArn");
        Objects.requireNonNull(clusterId, "clusterId");
        Objects.requireNonNull(host, "host");
        if (brokerCount < 1) {
            throw new IllegalArgumentException("a cluster has at least one broker: " + brokerCount);
        }
        listeners = Set.copyOf(listeners);
        serverProperties = Map.copyOf(serverProperties);
        scramUsers = Map.copyOf(scramUsers);
        ports = Map.copyOf(ports);
    }
}
