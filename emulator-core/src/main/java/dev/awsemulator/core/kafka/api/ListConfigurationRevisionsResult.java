package dev.awsemulator.core.kafka.api;

import java.util.List;

public record ListConfigurationRevisionsResult(String nextToken, List<ConfigurationRevision> revisions) {
}
