package dev.awsemulator.core.kafka.api;

import java.util.List;

public record DescribeTopicPartitionsResult(List<TopicPartitionInfo> partitions, String nextToken) {
}
