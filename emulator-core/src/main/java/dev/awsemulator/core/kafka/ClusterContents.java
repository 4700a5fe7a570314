package dev.awsemulator.core.kafka;

import dev.awsemulator.core.kafka.brokers.GroupDetails;
import dev.awsemulator.core.kafka.brokers.TopicDetails;

import java.util.List;

/** What a cluster's brokers hold: its topics with their partitions' end offsets, its consumer groups with lag. */
public record ClusterContents(List<TopicDetails> topics, List<GroupDetails> groups) {

    public ClusterContents {
        topics = List.copyOf(topics);
        groups = List.copyOf(groups);
    }
}
