package dev.awsemulator.core.kafka.api;

public record CreateReplicatorResult(String replicatorArn, String replicatorName, String replicatorState) {
}
