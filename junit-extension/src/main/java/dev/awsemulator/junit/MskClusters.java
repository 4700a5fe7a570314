package dev.awsemulator.junit;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.kafka.KafkaService;
import dev.awsemulator.core.kafka.api.Cluster;
import dev.awsemulator.core.kafka.api.GetBootstrapBrokersRequest;
import dev.awsemulator.core.kafka.api.ListClustersV2Request;

import java.time.Duration;
import java.time.Instant;

/**
 * The bootstrap servers of MSK clusters by name. Their brokers start in real time, whatever clock the
 * emulator runs on, so asking waits, in short real pauses, until the cluster is ACTIVE.
 */
final class MskClusters {

    /** How long a cluster may take to become ACTIVE: brokers start in about a second, slower on a busy machine. */
    private static final Duration ACTIVE_WITHIN = Duration.ofMinutes(3);
    private static final long PAUSE_MILLIS = 50;

    private final Emulator emulator;

    MskClusters(Emulator emulator) {
        this.emulator = emulator;
    }

    String bootstrapServers(Caller caller, String clusterName) {
        KafkaService kafka = emulator.service(KafkaService.class);
        Instant deadline = Instant.now().plus(ACTIVE_WITHIN);
        Cluster cluster = cluster(kafka, caller, clusterName);
        while (!"ACTIVE".equals(cluster.state())) {
            if ("FAILED".equals(cluster.state()) || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("MSK cluster " + clusterName + " is " + cluster.state()
                        + (cluster.stateInfo() == null ? "" : ": " + cluster.stateInfo().message()));
            }
            pause(clusterName);
            cluster = cluster(kafka, caller, clusterName);
        }
        String bootstrap = kafka.getBootstrapBrokers(caller, new GetBootstrapBrokersRequest(cluster.clusterArn()))
                .bootstrapBrokerString();
        if (bootstrap == null) {
            throw new IllegalStateException("MSK cluster " + clusterName
                    + " has no plaintext listener: its clients connect over TLS, SASL/SCRAM or IAM");
        }
        return bootstrap;
    }

    private static Cluster cluster(KafkaService kafka, Caller caller, String clusterName) {
        return kafka.listClustersV2(caller, new ListClustersV2Request(clusterName, null, null, null))
                .clusterInfoList().stream()
                .filter(cluster -> cluster.clusterName().equals(clusterName))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no MSK cluster " + clusterName + " in account "
                        + caller.accountId() + " and region " + caller.region()
                        + ": declare it with @AwsEmulatorTest(clusters = ...) or the builder's cluster(..)"));
    }

    private static void pause(String clusterName) {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while MSK cluster " + clusterName + " started", e);
        }
    }
}
