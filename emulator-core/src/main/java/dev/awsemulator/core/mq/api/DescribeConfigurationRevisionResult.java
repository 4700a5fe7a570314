package dev.awsemulator.core.mq.api;

import java.time.Instant;

public record DescribeConfigurationRevisionResult(String configurationId, Instant created, String data, String description) {
}
