package dev.awsemulator.core.kafka.api;

public record EncryptionAtRest(String dataVolumeKMSKeyId) {
}
