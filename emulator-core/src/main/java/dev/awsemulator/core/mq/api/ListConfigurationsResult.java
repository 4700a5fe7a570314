package dev.awsemulator.core.mq.api;

import java.util.List;

public record ListConfigurationsResult(List<Configuration> configurations, Integer maxResults, String nextToken) {
}
