package dev.awsemulator.kafka;

import dev.awsemulator.core.kafka.brokers.BrokerNode;
import dev.awsemulator.core.kafka.brokers.ClusterSpec;
import dev.awsemulator.core.kafka.brokers.HostPort;
import dev.awsemulator.core.kafka.brokers.KafkaTopics;
import dev.awsemulator.core.kafka.brokers.Listener;
import dev.awsemulator.core.kafka.brokers.RunningCluster;
import org.apache.kafka.clients.admin.Admin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An existing Kafka cluster standing in for an MSK cluster: nothing is started or stopped, every listener the
 * MSK cluster has leads to the given bootstrap servers, and topics are that cluster's. Broker restarts, users
 * and broker settings stay the external cluster's own business.
 */
final class ExternalCluster implements RunningCluster {

    private static final long REACH_TIMEOUT_SECONDS = 15;

    private final Admin admin;
    private final List<BrokerNode> nodes;
    private final Executor executor;

    private ExternalCluster(Admin admin, List<BrokerNode> nodes, Executor executor) {
        this.admin = admin;
        this.nodes = nodes;
        this.executor = executor;
    }

    /** Connects to the cluster and checks that it answers, so an unreachable one fails the MSK cluster. */
    static ExternalCluster attach(ClusterSpec spec, Executor executor) {
        Admin admin = Admin.create(Map.of("bootstrap.servers", spec.externalBootstrap(),
                "client.id", "emulator-external", "request.timeout.ms", 10_000, "default.api.timeout.ms", 15_000));
        try {
            admin.describeCluster().clusterId().get(REACH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            admin.close();
            throw new IllegalStateException("the Kafka cluster at " + spec.externalBootstrap()
                    + " does not answer: " + KafkaNode.message(e), e);
        } catch (InterruptedException e) {
            admin.close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reaching " + spec.externalBootstrap(), e);
        }
        List<BrokerNode> nodes = new ArrayList<>();
        String[] servers = spec.externalBootstrap().split(",");
        for (int i = 0; i < servers.length; i++) {
            String server = servers[i].trim();
            int colon = server.lastIndexOf(':');
            HostPort address = new HostPort(server.substring(0, colon), Integer.parseInt(server.substring(colon + 1)));
            Map<Listener, HostPort> endpoints = new EnumMap<>(Listener.class);
            spec.listeners().forEach(listener -> endpoints.put(listener, address));
            nodes.add(new BrokerNode(i + 1, endpoints));
        }
        return new ExternalCluster(admin, List.copyOf(nodes), executor);
    }

    @Override
    public String kafkaVersion() {
        return "external";
    }

    @Override
    public List<BrokerNode> nodes() {
        return nodes;
    }

    @Override
    public String problem() {
        return null;
    }

    @Override
    public CompletionStage<Void> apply(ClusterSpec spec) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<Void> reboot(Collection<Integer> brokerIds) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<Void> scramUsers(Map<String, String> passwordsByUser) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public KafkaTopics topics() {
        return new AdminTopics(() -> admin);
    }

    /** Lets go of the cluster; its brokers and data are not ours to stop or delete. */
    @Override
    public CompletionStage<Void> stop(boolean deleteFiles) {
        return CompletableFuture.runAsync(admin::close, executor);
    }
}
