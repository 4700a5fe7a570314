package dev.awsemulator.core.mq.api;

public record AvailabilityZone(String name) {
}
