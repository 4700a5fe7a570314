package dev.awsemulator.core.kafka.api;

public record S3(String bucket, Boolean enabled, String prefix) {
}
