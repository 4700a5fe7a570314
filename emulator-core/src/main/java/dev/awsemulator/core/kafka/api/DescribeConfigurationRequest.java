package dev.awsemulator.core.kafka.api;

public record DescribeConfigurationRequest(String arn) {
}
