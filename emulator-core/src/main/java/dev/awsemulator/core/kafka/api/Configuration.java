package dev.awsemulator.core.kafka.api;

import java.time.Instant;
import java.util.List;

public record Configuration(String arn, Instant creationTime, String description, List<String> kafkaVersions, ConfigurationRevision latestRevision, String name, String state) {
}
