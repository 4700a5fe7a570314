package dev.awsemulator.core.mq.api;

import java.time.Instant;
import java.util.Map;

public record DescribeConfigurationResult(String arn, String authenticationStrategy, Instant created, String description, String engineType, String engineVersion, String id, ConfigurationRevision latestRevision, String name, Map<String, String> tags) {
}
