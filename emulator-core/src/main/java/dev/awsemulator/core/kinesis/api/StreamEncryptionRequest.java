package dev.awsemulator.core.kinesis.api;

/** The input of StartStreamEncryption and StopStreamEncryption. */
public record StreamEncryptionRequest(String streamName, String encryptionType, String keyId, String streamARN) {
}
