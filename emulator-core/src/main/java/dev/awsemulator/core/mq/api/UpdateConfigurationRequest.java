package dev.awsemulator.core.mq.api;

public record UpdateConfigurationRequest(String configurationId, String data, String description) {
}
