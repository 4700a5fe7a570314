package dev.awsemulator.server.kafka.brokers;

import dev.awsemulator.server.EmulatorServer;
import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kafka.KafkaClient;
import software.amazon.awssdk.services.kafka.model.Cluster;
import software.amazon.awssdk.services.kafka.model.CreateClusterRequest;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * One server with real brokers for every test class of this package in a JVM: brokers take a while to start,
 * so classes share the server and the clusters they ask for by name (each made once, when first asked for).
 * Closed at the end of the test run, with JUnit's root store. Test classes get it as a parameter.
 */
final class SharedBrokers implements AutoCloseable {

    /** How long a cluster may take to become ACTIVE on a busy machine. */
    static final Duration ACTIVE_WITHIN = Duration.ofMinutes(3);

    private final EmulatorServer server = EmulatorServer.builder().port(0).start();
    private final KafkaClient kafka = KafkaClient.builder().endpointOverride(server.endpoint())
            .region(Region.of(EmulatorServerExtension.REGION)).credentialsProvider(EmulatorServerExtension.credentials())
            .httpClientBuilder(Apache5HttpClient.builder()).build();
    private final Map<String, String> clusters = new ConcurrentHashMap<>();

    EmulatorServer server() {
        return server;
    }

    KafkaClient kafka() {
        return kafka;
    }

    /** The ARN of the ACTIVE cluster of this name, created with {@code request} the first time it is asked for. */
    String cluster(String name, Consumer<CreateClusterRequest.Builder> request) {
        return clusters.computeIfAbsent(name, key -> {
            String arn = kafka.createCluster(request.andThen(builder -> builder.clusterName(name))).clusterArn();
            awaitActive(kafka, arn);
            return arn;
        });
    }

    /**
     * Polls DescribeClusterV2 until the cluster is ACTIVE, as Terraform's and the console's waiters do;
     * fails on FAILED with the cluster's reason. Real brokers start in real time, hence the pauses.
     */
    static Cluster awaitActive(KafkaClient kafka, String arn) {
        Instant deadline = Instant.now().plus(ACTIVE_WITHIN);
        while (true) {
            Cluster cluster = kafka.describeClusterV2(b -> b.clusterArn(arn)).clusterInfo();
            switch (cluster.stateAsString()) {
                case "ACTIVE":
                    return cluster;
                case "FAILED":
                    throw new AssertionError("cluster " + arn + " failed: " + cluster.stateInfo().message());
                default:
                    if (Instant.now().isAfter(deadline)) {
                        throw new AssertionError("cluster " + arn + " is still " + cluster.stateAsString());
                    }
                    pause();
            }
        }
    }

    static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }

    @Override
    public void close() {
        kafka.close();
        server.close();
        server.emulator().close();
    }

    /** Resolves {@link SharedBrokers} parameters to the run's one instance. */
    static final class Resolver implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == SharedBrokers.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(ExtensionContext.Namespace.create(SharedBrokers.class))
                    .computeIfAbsent(SharedBrokers.class, key -> new SharedBrokers(), SharedBrokers.class);
        }
    }
}
