package dev.awsemulator.core.mq.api;

public record EncryptionOptions(String kmsKeyId, Boolean useAwsOwnedKey) {
}
