package dev.awsemulator.core.kafka.api;

public record DescribeConfigurationRevisionRequest(String arn, Long revision) {
}
