package dev.awsemulator.core.kafka.api;

public record KafkaVersion(String version, String status) {
}
