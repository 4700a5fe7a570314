package dev.awsemulator.core.mq.api;

public record ConfigurationRequest(String configurationId) {
}
