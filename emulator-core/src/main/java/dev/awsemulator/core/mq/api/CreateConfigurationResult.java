package dev.awsemulator.core.mq.api;

import java.time.Instant;

public record CreateConfigurationResult(String arn, String authenticationStrategy, Instant created, String id, ConfigurationRevision latestRevision, String name) {
}
