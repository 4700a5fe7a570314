package dev.awsemulator.core.kafka.api;

public record UpdateConfigurationResult(String arn, ConfigurationRevision latestRevision) {
}
