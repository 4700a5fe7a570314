package dev.awsemulator.core.mq.api;

public record EngineVersion(String name) {
}
