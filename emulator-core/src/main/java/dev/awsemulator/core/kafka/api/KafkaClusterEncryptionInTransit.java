package dev.awsemulator.core.kafka.api;

public record KafkaClusterEncryptionInTransit(String encryptionType, String rootCaCertificate) {
}
