package dev.awsemulator.core.kafka.api;

public record ZookeeperAccess(Boolean enabled) {
}
