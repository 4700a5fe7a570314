package dev.awsemulator.core.kafka.api;

import java.time.Instant;

public record DescribeConfigurationRevisionResult(String arn, Instant creationTime, String description, Long revision, byte[] serverProperties) {
}
