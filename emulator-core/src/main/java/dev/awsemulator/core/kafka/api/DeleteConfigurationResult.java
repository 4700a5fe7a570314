package dev.awsemulator.core.kafka.api;

public record DeleteConfigurationResult(String arn, String state) {
}
