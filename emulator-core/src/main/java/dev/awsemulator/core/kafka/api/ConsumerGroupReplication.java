package dev.awsemulator.core.kafka.api;

import java.util.List;

public record ConsumerGroupReplication(List<String> consumerGroupsToExclude, List<String> consumerGroupsToReplicate, Boolean detectAndCopyNewConsumerGroups, Boolean synchroniseConsumerGroupOffsets, String consumerGroupOffsetSyncMode) {
}
