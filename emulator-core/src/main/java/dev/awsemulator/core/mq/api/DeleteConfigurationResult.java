package dev.awsemulator.core.mq.api;

public record DeleteConfigurationResult(String configurationId) {
}
