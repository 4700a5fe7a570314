package dev.awsemulator.core.mq.api;

import java.time.Instant;
import java.util.List;

public record UpdateConfigurationResult(String arn, Instant created, String id, ConfigurationRevision latestRevision, String name, List<SanitizationWarning> warnings) {
}
