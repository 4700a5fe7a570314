package dev.awsemulator.kafka;

import dev.awsemulator.core.kafka.brokers.BrokerNode;
import dev.awsemulator.core.kafka.brokers.BrokerRuntime;
import dev.awsemulator.core.kafka.brokers.ClusterSpec;
import dev.awsemulator.core.kafka.brokers.Listener;
import dev.awsemulator.core.kafka.brokers.RunningCluster;
import dev.awsemulator.core.persistence.ServiceStorages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** One broker serving plaintext, TLS and SASL/SCRAM clients, started through the port as the core starts it. */
class InJvmBrokerRuntimeTest {

    private static final ServiceStorages STORAGES = new ServiceStorages(null);
    private static RunningCluster cluster;

    @BeforeAll
    static void start() {
        BrokerRuntime runtime = ServiceLoader.load(BrokerRuntime.class).findFirst().orElseThrow();
        ClusterSpec spec = new ClusterSpec("arn:aws:kafka:us-east-1:000000000000:cluster/test/1", UUID.randomUUID(), 1,
                Set.of(Listener.PLAINTEXT, Listener.TLS, Listener.SASL_SCRAM),
                Map.of("auto.create.topics.enable", "true", "offsets.topic.replication.factor", "1"),
                Map.of("alice", "alice-secret"), () -> TestCertificate.IDENTITY, "127.0.0.1", STORAGES.of("kafka"), Map.of(),
                null);
        cluster = runtime.start(spec).toCompletableFuture().join();
    }

    @AfterAll
    static void stop() {
        cluster.stop(true).toCompletableFuture().join();
        STORAGES.close();
    }

    @Test
    void everyListenerCarriesRecordsBothWays() throws Exception {
        String plaintext = bootstrap(Listener.PLAINTEXT);
        Clients.produce(Map.of("bootstrap.servers", plaintext), "plain", "a", "b");
        Clients.produce(Clients.tls(bootstrap(Listener.TLS)), "plain", "c");
        Clients.produce(Clients.scram(bootstrap(Listener.SASL_SCRAM), "alice", "alice-secret"), "plain", "d");

        assertThat(Clients.consume(Map.of("bootstrap.servers", plaintext), "plain", 4)).containsExactly("a", "b", "c", "d");
        assertThat(Clients.consume(Clients.tls(bootstrap(Listener.TLS)), "plain", 4)).hasSize(4);
        assertThat(Clients.consume(Clients.scram(bootstrap(Listener.SASL_SCRAM), "alice", "alice-secret"), "plain", 4))
                .hasSize(4);
        assertThat(cluster.kafkaVersion()).isEqualTo("4.1.1");
    }

    private static String bootstrap(Listener listener) {
        return cluster.nodes().stream().map(BrokerNode::endpoints).map(endpoints -> endpoints.get(listener).toString())
                .collect(Collectors.joining(","));
    }
}
