package dev.awsemulator.kafka;

import dev.awsemulator.core.kafka.brokers.BrokerNode;
import dev.awsemulator.core.kafka.brokers.ClusterSpec;
import dev.awsemulator.core.kafka.brokers.HostPort;
import dev.awsemulator.core.kafka.brokers.KafkaTopics;
import dev.awsemulator.core.kafka.brokers.Listener;
import dev.awsemulator.core.kafka.brokers.RunningCluster;
import dev.awsemulator.core.kafka.brokers.TlsIdentity;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.AppInfoParser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * The brokers of one MSK cluster, each a {@link KafkaNode} in this JVM, under one directory ({@code node-1},
 * {@code node-2}, ...). Changes run on the runtime's threads, one at a time per cluster.
 */
final class InJvmCluster implements RunningCluster {

    private static final String NODE_DIRECTORY = "node-";

    private final Executor executor;
    private final Path base;
    private final boolean temporary;
    private final String clusterId;
    private final String advertisedHost;
    private final Map<Integer, KafkaNode> nodes = new TreeMap<>();
    private final AdminTopics topics = new AdminTopics(this::admin);
    private volatile ClusterSpec spec;
    private volatile List<BrokerNode> addresses = List.of();
    /** Guards the admin client alone, so topic requests never wait for a restart to finish. */
    private final Object adminLock = new Object();
    private Admin admin;

    private InJvmCluster(ClusterSpec spec, Executor executor, Path base, boolean temporary) {
        this.spec = spec;
        this.executor = executor;
        this.base = base;
        this.temporary = temporary;
        this.clusterId = new Uuid(spec.clusterId().getMostSignificantBits(),
                spec.clusterId().getLeastSignificantBits()).toString();
        this.advertisedHost = BrokerSettings.advertisedHost(spec.host());
    }

    /** Starts every broker of the spec, controller first; on any failure stops what started and says why. */
    static InJvmCluster start(ClusterSpec spec, Executor executor) {
        boolean temporary = !spec.storage().persistent();
        InJvmCluster cluster = new InJvmCluster(spec, executor, spec.storage().directory(spec.directoryNames()),
                temporary);
        try {
            synchronized (cluster) {
                cluster.startNodes(spec, nodeIds(1, spec.brokerCount()));
                cluster.setUsers(spec);
            }
            return cluster;
        } catch (RuntimeException e) {
            cluster.stopAll(temporary);
            throw e;
        }
    }

    @Override
    public String kafkaVersion() {
        return AppInfoParser.getVersion();
    }

    @Override
    public List<BrokerNode> nodes() {
        return addresses;
    }

    @Override
    public String problem() {
        synchronized (nodes) {
            return nodes.values().stream().map(KafkaNode::fault).filter(java.util.Objects::nonNull)
                    .findFirst().map(fault -> "a broker failed: " + fault).orElse(null);
        }
    }

    @Override
    public CompletionStage<Void> apply(ClusterSpec changed) {
        return serially(() -> {
            ClusterSpec before = spec;
            spec = changed;
            List<Integer> removed = nodeIds(changed.brokerCount() + 1, before.brokerCount());
            removed.forEach(id -> stopNode(id, true));
            for (int id : nodeIds(1, Math.min(before.brokerCount(), changed.brokerCount()))) {
                if (!settings(before, id, nodes.get(id)).equals(settings(changed, id, nodes.get(id)))) {
                    restart(id);
                }
            }
            startNodes(changed, nodeIds(before.brokerCount() + 1, changed.brokerCount()));
            setUsers(changed);
        });
    }

    @Override
    public CompletionStage<Void> reboot(Collection<Integer> brokerIds) {
        return serially(() -> brokerIds.forEach(this::restart));
    }

    @Override
    public CompletionStage<Void> scramUsers(Map<String, String> passwordsByUser) {
        return serially(() -> {
            spec = spec.withScramUsers(passwordsByUser);
            setUsers(spec);
        });
    }

    @Override
    public KafkaTopics topics() {
        return topics;
    }

    @Override
    public CompletionStage<Void> stop(boolean deleteFiles) {
        return serially(() -> stopAll(deleteFiles || temporary));
    }

    // ---- the work, under the cluster's monitor ----

    private CompletionStage<Void> serially(Runnable work) {
        return CompletableFuture.runAsync(() -> {
            synchronized (this) {
                work.run();
            }
        }, executor);
    }

    /** Binds and makes the nodes, starts the controller, then every broker at once, and waits for them. */
    private void startNodes(ClusterSpec target, List<Integer> ids) {
        if (ids.isEmpty()) {
            return;
        }
        TlsIdentity tls = needsTls(target) ? target.tls().get() : null;
        Map<Integer, NodeSockets> sockets = new LinkedHashMap<>();
        try {
            for (int id : ids) {
                sockets.put(id, NodeSockets.bind(target.host(), preferredPorts(target, id, nodes.get(id))));
            }
        } catch (RuntimeException e) {
            sockets.values().forEach(NodeSockets::close);
            throw e;
        }
        List<KafkaNode> made = new ArrayList<>();
        for (int id : ids) {
            NodeSockets bound = sockets.remove(id);
            int controllerPort = id == BrokerSettings.CONTROLLER_NODE ? bound.port(BrokerSettings.CONTROLLER)
                    : nodes.get(BrokerSettings.CONTROLLER_NODE).port(BrokerSettings.CONTROLLER);
            try {
                KafkaNode node = KafkaNode.create(id, nodeDirectory(id), bound, BrokerSettings.of(target, id,
                        nodeDirectory(id), bound.ports(), controllerPort, advertisedHost, tls), clusterId);
                made.add(node);
                add(node);
            } catch (RuntimeException e) {
                sockets.values().forEach(NodeSockets::close);
                throw e;
            }
        }
        made.forEach(KafkaNode::startController);
        CompletableFuture.allOf(made.stream()
                .map(node -> CompletableFuture.runAsync(node::startBroker, executor))
                .toArray(CompletableFuture[]::new)).join();
        refreshAddresses();
    }

    private void restart(int id) {
        KafkaNode old = nodes.get(id);
        Map<String, Integer> ports = old.portsByListener();
        stopNode(id, false);
        NodeSockets sockets = NodeSockets.bind(spec.host(), ports);
        int controllerPort = id == BrokerSettings.CONTROLLER_NODE ? sockets.port(BrokerSettings.CONTROLLER)
                : nodes.get(BrokerSettings.CONTROLLER_NODE).port(BrokerSettings.CONTROLLER);
        KafkaNode node = KafkaNode.create(id, nodeDirectory(id), sockets, BrokerSettings.of(spec, id,
                nodeDirectory(id), sockets.ports(), controllerPort, advertisedHost,
                needsTls(spec) ? spec.tls().get() : null), clusterId);
        add(node);
        node.startController();
        node.startBroker();
        refreshAddresses();
    }

    private void setUsers(ClusterSpec target) {
        if (target.listeners().contains(Listener.SASL_SCRAM)) {
            ScramUsers.set(admin(), target.scramUsers());
        }
    }

    /** Stops brokers before the controller they report to, then frees the directory if asked to. */
    private void stopAll(boolean deleteFiles) {
        closeAdmin();
        List<Integer> ids = new ArrayList<>(nodes.keySet());
        ids.remove(Integer.valueOf(BrokerSettings.CONTROLLER_NODE));
        CompletableFuture.allOf(ids.stream().map(id -> CompletableFuture.runAsync(() -> stopNode(id, false), executor))
                .toArray(CompletableFuture[]::new)).join();
        if (nodes.containsKey(BrokerSettings.CONTROLLER_NODE)) {
            stopNode(BrokerSettings.CONTROLLER_NODE, false);
        }
        if (deleteFiles) {
            spec.storage().delete(spec.directoryNames());
        }
        refreshAddresses();
    }

    private void stopNode(int id, boolean deleteFiles) {
        KafkaNode node;
        synchronized (nodes) {
            node = nodes.remove(id);
        }
        if (node != null) {
            node.stop();
            if (deleteFiles) {
                spec.storage().delete(nodeDirectoryNames(id));
            }
        }
    }

    private void add(KafkaNode node) {
        synchronized (nodes) {
            nodes.put(node.id, node);
        }
    }

    private void refreshAddresses() {
        List<BrokerNode> current = new ArrayList<>();
        synchronized (nodes) {
            for (KafkaNode node : nodes.values()) {
                Map<Listener, HostPort> endpoints = new EnumMap<>(Listener.class);
                spec.listeners().forEach(listener -> endpoints.put(listener,
                        new HostPort(advertisedHost, node.port(listener.name()))));
                current.add(new BrokerNode(node.id, endpoints));
            }
        }
        addresses = List.copyOf(current);
    }

    /** The runtime's admin client, over the brokers' internal listener, made on first use. */
    private Admin admin() {
        synchronized (adminLock) {
            if (admin == null) {
                String bootstrap;
                synchronized (nodes) {
                    bootstrap = nodes.values().stream()
                            .map(node -> new HostPort(advertisedHost, node.port(BrokerSettings.REPLICATION)).toString())
                            .collect(Collectors.joining(","));
                }
                admin = Admin.create(Map.of("bootstrap.servers", bootstrap, "client.id", "emulator-" + clusterId,
                        "request.timeout.ms", 15_000, "default.api.timeout.ms", 30_000));
            }
            return admin;
        }
    }

    private void closeAdmin() {
        synchronized (adminLock) {
            if (admin != null) {
                admin.close(java.time.Duration.ofSeconds(5));
                admin = null;
            }
        }
    }

    private Map<String, Object> settings(ClusterSpec target, int id, KafkaNode node) {
        int controllerPort = nodes.get(BrokerSettings.CONTROLLER_NODE).port(BrokerSettings.CONTROLLER);
        return BrokerSettings.of(target, id, nodeDirectory(id), preferredPorts(target, id, node), controllerPort,
                advertisedHost, null);
    }

    /** A node's listeners at the ports it has (a restart) or had before (the spec's), else any free one. */
    private static Map<String, Integer> preferredPorts(ClusterSpec target, int id, KafkaNode running) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        Map<Listener, Integer> before = target.ports().getOrDefault(id, Map.of());
        for (String name : BrokerSettings.listenerNames(target, id)) {
            Integer port = running != null ? running.portsByListener().get(name) : before.entrySet().stream()
                    .filter(entry -> entry.getKey().name().equals(name)).map(Map.Entry::getValue).findFirst()
                    .orElse(null);
            ports.put(name, port == null ? 0 : port);
        }
        return ports;
    }

    private Path nodeDirectory(int id) {
        return base.resolve(NODE_DIRECTORY + id);
    }

    private String[] nodeDirectoryNames(int id) {
        String[] cluster = spec.directoryNames();
        String[] names = Arrays.copyOf(cluster, cluster.length + 1);
        names[cluster.length] = NODE_DIRECTORY + id;
        return names;
    }

    private static boolean needsTls(ClusterSpec target) {
        return target.listeners().stream().anyMatch(listener -> listener != Listener.PLAINTEXT);
    }

    private static List<Integer> nodeIds(int from, int to) {
        List<Integer> ids = new ArrayList<>();
        for (int id = from; id <= to; id++) {
            ids.add(id);
        }
        return ids;
    }
}
