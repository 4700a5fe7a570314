package dev.awsemulator.core.kafka.api;

public record UpdateSecurityRequest(ClientAuthentication clientAuthentication, String clusterArn, String currentVersion, EncryptionInfo encryptionInfo) {
}
