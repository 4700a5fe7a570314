package dev.awsemulator.server.kafka;

import dev.awsemulator.core.kafka.ClusterContents;
import dev.awsemulator.core.kafka.ClusterOverview;
import dev.awsemulator.core.kafka.KafkaService;
import dev.awsemulator.core.kafka.brokers.BrokerNode;
import dev.awsemulator.core.kafka.brokers.GroupDetails;
import dev.awsemulator.core.kafka.brokers.TopicDetails;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Every MSK cluster with its brokers and, while they serve, what the brokers hold: topics with each
 * partition's leader and end offset, consumer groups with their committed offsets and lag.
 */
record ClustersView(List<ClusterView> clusters) {

    /** How long one poll waits for a cluster's brokers to describe their topics. */
    private static final long CONTENTS_TIMEOUT_SECONDS = 5;

    record ClusterView(String arn, String name, String account, String region, String type, String state,
                       String stateMessage, String requestedKafkaVersion, String runningKafkaVersion,
                       String brokerProblem, List<BrokerView> brokers, List<TopicDetails> topics,
                       List<GroupDetails> groups, String contentsError) {
    }

    record BrokerView(int id, Map<String, String> endpoints) {
    }

    static ClustersView of(KafkaService kafka) {
        return new ClustersView(kafka.overview().stream().map(cluster -> cluster(kafka, cluster)).toList());
    }

    private static ClusterView cluster(KafkaService kafka, ClusterOverview cluster) {
        List<BrokerView> brokers = cluster.brokers().stream().map(ClustersView::broker).toList();
        ClusterContents contents = null;
        String error = null;
        if (cluster.runningKafkaVersion() != null) {
            try {
                contents = kafka.contents(cluster.arn()).toCompletableFuture()
                        .get(CONTENTS_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                error = e.getCause() == null ? e.toString() : e.getCause().getMessage();
            } catch (TimeoutException e) {
                error = "the brokers did not answer within " + CONTENTS_TIMEOUT_SECONDS + " seconds";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                error = "interrupted";
            }
        }
        return new ClusterView(cluster.arn(), cluster.name(), cluster.accountId(), cluster.region(),
                cluster.clusterType(), cluster.state(), cluster.stateMessage(), cluster.requestedKafkaVersion(),
                cluster.runningKafkaVersion(), cluster.brokerProblem(), brokers,
                contents == null ? List.of() : contents.topics(), contents == null ? List.of() : contents.groups(),
                error);
    }

    private static BrokerView broker(BrokerNode node) {
        Map<String, String> endpoints = new TreeMap<>();
        node.endpoints().forEach((listener, address) -> endpoints.put(listener.name(), address.toString()));
        return new BrokerView(node.id(), endpoints);
    }
}
