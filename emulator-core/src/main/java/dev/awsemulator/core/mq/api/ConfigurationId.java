package dev.awsemulator.core.mq.api;

public record ConfigurationId(String id, Integer revision) {
}
