package dev.awsemulator.core.kafka.api;

import java.util.List;

public record ConsumerGroupReplicationUpdate(List<String> consumerGroupsToExclude, List<String> consumerGroupsToReplicate, Boolean detectAndCopyNewConsumerGroups, Boolean synchroniseConsumerGroupOffsets) {
}
