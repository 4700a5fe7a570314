package dev.awsemulator.kafka;

import dev.awsemulator.core.kafka.brokers.ClusterSpec;
import dev.awsemulator.core.kafka.brokers.Listener;
import dev.awsemulator.core.kafka.brokers.TlsIdentity;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The {@code server.properties} of one broker of a cluster. Broker 1 is also the cluster's one KRaft
 * controller (a combined node); every broker has an internal plaintext listener, {@code REPLICATION}, for
 * replication and for the runtime's own admin client, beside the client listeners the cluster asks for, each
 * named after its {@link Listener}. Thread pools are sized for a developer's machine; the cluster's MSK
 * configuration comes last and wins.
 */
final class BrokerSettings {

    static final String CONTROLLER = "CONTROLLER";
    static final String REPLICATION = "REPLICATION";
    static final int CONTROLLER_NODE = 1;

    private static final Map<Listener, String> PROTOCOLS = Map.of(Listener.PLAINTEXT, "PLAINTEXT",
            Listener.TLS, "SSL", Listener.SASL_SCRAM, "SASL_SSL", Listener.SASL_IAM, "SASL_SSL");

    private BrokerSettings() {
    }

    /** The listener names a broker binds, internal ones first. */
    static List<String> listenerNames(ClusterSpec spec, int nodeId) {
        List<String> names = new java.util.ArrayList<>();
        if (nodeId == CONTROLLER_NODE) {
            names.add(CONTROLLER);
        }
        names.add(REPLICATION);
        spec.listeners().stream().sorted().map(Listener::name).forEach(names::add);
        return names;
    }

    static Map<String, Object> of(ClusterSpec spec, int nodeId, Path directory, Map<String, Integer> ports,
                                  int controllerPort, String advertisedHost, TlsIdentity tls) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("process.roles", nodeId == CONTROLLER_NODE ? "broker,controller" : "broker");
        settings.put("node.id", Integer.toString(nodeId));
        settings.put("controller.quorum.voters", CONTROLLER_NODE + "@" + advertisedHost + ":" + controllerPort);
        settings.put("controller.listener.names", CONTROLLER);
        settings.put("inter.broker.listener.name", REPLICATION);
        settings.put("log.dirs", directory.toString());
        settings.put("metadata.log.dir", directory.toString());
        StringJoiner listeners = new StringJoiner(",");
        StringJoiner advertised = new StringJoiner(",");
        StringJoiner protocols = new StringJoiner(",");
        ports.forEach((name, port) -> {
            listeners.add(name + "://" + hostForUrl(spec.host()) + ":" + port);
            if (!name.equals(CONTROLLER)) {
                advertised.add(name + "://" + hostForUrl(advertisedHost) + ":" + port);
            }
        });
        protocols.add(CONTROLLER + ":PLAINTEXT").add(REPLICATION + ":PLAINTEXT");
        spec.listeners().stream().sorted().forEach(listener -> protocols.add(listener.name() + ":"
                + PROTOCOLS.get(listener)));
        settings.put("listeners", listeners.toString());
        settings.put("advertised.listeners", advertised.toString());
        settings.put("listener.security.protocol.map", protocols.toString());
        settings.putAll(developerMachine());
        if (tls != null) {
            settings.put("ssl.keystore.type", "PEM");
            settings.put("ssl.keystore.certificate.chain", tls.certificatePem());
            settings.put("ssl.keystore.key", tls.privateKeyPem());
            settings.put("ssl.client.auth", "none");
        }
        if (spec.listeners().contains(Listener.SASL_SCRAM)) {
            settings.put("listener.name.sasl_scram.sasl.enabled.mechanisms", "SCRAM-SHA-512");
            settings.put("listener.name.sasl_scram.scram-sha-512.sasl.jaas.config",
                    "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        }
        if (spec.listeners().contains(Listener.SASL_IAM)) {
            settings.putAll(IamAuthentication.brokerSettings());
        }
        settings.putAll(spec.serverProperties());
        return settings;
    }

    /**
     * Small thread pools and internal topics: a broker here serves one developer's clients, and ten of them
     * may share two cores. The first consumer group needs no 3-second wait for more members to join, and the
     * offsets topic is created in 5 partitions instead of 50, which is most of a first consumer's wait.
     */
    private static Map<String, Object> developerMachine() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("num.network.threads", "1");
        settings.put("num.io.threads", "2");
        settings.put("background.threads", "2");
        settings.put("num.replica.fetchers", "1");
        settings.put("num.recovery.threads.per.data.dir", "1");
        settings.put("log.cleaner.threads", "1");
        settings.put("log.cleaner.dedupe.buffer.size", "2097152");
        settings.put("group.coordinator.threads", "1");
        settings.put("share.coordinator.threads", "1");
        settings.put("offsets.topic.num.partitions", "5");
        settings.put("transaction.state.log.num.partitions", "5");
        settings.put("group.initial.rebalance.delay.ms", "0");
        return settings;
    }

    /** Where clients are told to connect: the host brokers listen on, or the loopback address for a wildcard. */
    static String advertisedHost(String host) {
        return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]") ? "127.0.0.1" : host;
    }

    private static String hostForUrl(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
