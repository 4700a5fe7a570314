package dev.awsemulator.core.mq.api;

public record DataReplicationMetadataOutput(DataReplicationCounterpart dataReplicationCounterpart, String dataReplicationRole) {
}
