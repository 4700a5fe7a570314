package dev.awsemulator.core.mq.api;

import java.util.List;

public record ListConfigurationRevisionsResult(String configurationId, Integer maxResults, String nextToken, List<ConfigurationRevision> revisions) {
}
