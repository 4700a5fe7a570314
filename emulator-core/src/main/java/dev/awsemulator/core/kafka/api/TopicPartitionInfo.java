package dev.awsemulator.core.kafka.api;

import java.util.List;

public record TopicPartitionInfo(Integer partition, Integer leader, List<Integer> replicas, List<Integer> isr) {
}
