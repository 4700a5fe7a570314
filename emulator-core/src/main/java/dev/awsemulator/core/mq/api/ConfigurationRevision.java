package dev.awsemulator.core.mq.api;

import java.time.Instant;

public record ConfigurationRevision(Instant created, String description, Integer revision) {
}
