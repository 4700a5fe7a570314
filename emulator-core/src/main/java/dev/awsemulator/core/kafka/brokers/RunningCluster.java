package dev.awsemulator.core.kafka.brokers;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/** The brokers of one cluster while they run: their addresses, changes to them, their topics, their end. */
public interface RunningCluster {

    /** The Kafka version the brokers really run, e.g. {@code 4.1.1}. */
    String kafkaVersion();

    /** Every broker, by id, with the address of each listener it serves. */
    List<BrokerNode> nodes();

    /** {@code null} while every broker serves; otherwise what went wrong, in a sentence. */
    String problem();

    /**
     * Brings the running brokers to {@code spec}: a broker whose settings changed restarts with them (listeners,
     * server properties), brokers the spec adds start. Its directory and its ports are kept.
     */
    CompletionStage<Void> apply(ClusterSpec spec);

    /** Restarts these brokers, one after the other, as a rolling restart does. */
    CompletionStage<Void> reboot(Collection<Integer> brokerIds);

    /** Makes these SCRAM users (name to password) the only ones the brokers accept; no broker restarts. */
    CompletionStage<Void> scramUsers(Map<String, String> passwordsByUser);

    /** The topics and consumer groups of the cluster: the Kafka admin API's answers. */
    KafkaTopics topics();

    /**
     * Stops every broker and frees its ports. {@code deleteFiles} also deletes its logs (a deleted cluster);
     * otherwise they stay where the spec put them (the emulator stops, to start them again later).
     */
    CompletionStage<Void> stop(boolean deleteFiles);
}
