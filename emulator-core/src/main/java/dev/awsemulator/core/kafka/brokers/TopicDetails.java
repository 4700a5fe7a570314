package dev.awsemulator.core.kafka.brokers;

import java.util.List;
import java.util.Map;

/** A topic as Kafka describes it: its partitions, in order, and the configs set on it (empty when not read). */
public record TopicDetails(String name, int replicationFactor, List<PartitionDetails> partitions,
                           Map<String, String> configs) {

    public TopicDetails {
        partitions = List.copyOf(partitions);
        configs = Map.copyOf(configs);
    }

    /** Replicas of every partition that are not in its in-sync set. */
    public int outOfSyncReplicas() {
        return partitions.stream().mapToInt(partition -> partition.replicas().size() - partition.isr().size()).sum();
    }
}
