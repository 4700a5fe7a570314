package dev.awsemulator.core.kafka.api;

import java.time.Instant;

public record CreateConfigurationResult(String arn, Instant creationTime, ConfigurationRevision latestRevision, String name, String state) {
}
