package dev.awsemulator.core.kafka.api;

import java.util.List;

public record TopicReplication(Boolean copyAccessControlListsForTopics, Boolean copyTopicConfigurations, Boolean detectAndCopyNewTopics, ReplicationStartingPosition startingPosition, ReplicationTopicNameConfiguration topicNameConfiguration, List<String> topicsToExclude, List<String> topicsToReplicate) {
}
