package dev.awsemulator.core.kafka.api;

public record DeleteReplicatorRequest(String currentVersion, String replicatorArn) {
}
