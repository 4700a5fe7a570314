package dev.awsemulator.core.kafka;

import dev.awsemulator.core.kafka.brokers.BrokerNode;

import java.util.List;

/**
 * A cluster as tools show it (the dashboard, tests): where it is, its state and why, the Kafka version asked
 * for and the one its brokers run (null while none runs), and its brokers' addresses.
 */
public record ClusterOverview(String arn, String name, String accountId, String region, String clusterType,
                              String state, String stateMessage, String requestedKafkaVersion,
                              String runningKafkaVersion, String brokerProblem, List<BrokerNode> brokers) {

    public ClusterOverview {
        brokers = List.copyOf(brokers);
    }
}
