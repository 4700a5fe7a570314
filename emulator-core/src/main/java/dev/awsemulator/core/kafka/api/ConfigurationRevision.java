package dev.awsemulator.core.kafka.api;

import java.time.Instant;

public record ConfigurationRevision(Instant creationTime, String description, Long revision) {
}
