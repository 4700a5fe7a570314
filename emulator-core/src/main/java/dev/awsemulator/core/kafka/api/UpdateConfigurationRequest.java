package dev.awsemulator.core.kafka.api;

public record UpdateConfigurationRequest(String arn, String description, byte[] serverProperties) {
}
