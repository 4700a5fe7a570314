package dev.awsemulator.core.kafka.brokers;

import java.util.List;

/** A consumer group: its state ({@code Stable}, {@code Empty}, ...), how many members it has, its offsets. */
public record GroupDetails(String groupId, String state, int members, List<GroupOffset> offsets) {

    public GroupDetails {
        offsets = List.copyOf(offsets);
    }

    /** A committed offset, and how many records of the partition lie beyond it. */
    public record GroupOffset(String topic, int partition, long committed, long lag) {
    }
}
