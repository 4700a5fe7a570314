package dev.awsemulator.core.kafka.api;

public record EncryptionInfo(EncryptionAtRest encryptionAtRest, EncryptionInTransit encryptionInTransit) {
}
