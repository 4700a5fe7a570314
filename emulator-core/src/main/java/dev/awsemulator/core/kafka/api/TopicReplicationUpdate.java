package dev.awsemulator.core.kafka.api;

import java.util.List;

public record TopicReplicationUpdate(Boolean copyAccessControlListsForTopics, Boolean copyTopicConfigurations, Boolean detectAndCopyNewTopics, List<String> topicsToExclude, List<String> topicsToReplicate) {
}
