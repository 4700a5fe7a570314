package dev.awsemulator.core.kafka.api;

public record DeleteConfigurationRequest(String arn) {
}
