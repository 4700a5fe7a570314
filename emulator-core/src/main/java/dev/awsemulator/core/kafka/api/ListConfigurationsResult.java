package dev.awsemulator.core.kafka.api;

import java.util.List;

public record ListConfigurationsResult(List<Configuration> configurations, String nextToken) {
}
