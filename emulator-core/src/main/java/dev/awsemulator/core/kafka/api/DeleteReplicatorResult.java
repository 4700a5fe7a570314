package dev.awsemulator.core.kafka.api;

public record DeleteReplicatorResult(String replicatorArn, String replicatorState) {
}
