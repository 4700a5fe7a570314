package dev.awsemulator.core.mq.api;

public record DescribeConfigurationRevisionRequest(String configurationId, String configurationRevision) {
}
