package dev.awsemulator.core.kafka.api;

public record UpdateReplicationInfoResult(String replicatorArn, String replicatorState) {
}
