package dev.awsemulator.core.mq.api;

public record DataReplicationCounterpart(String brokerId, String region) {
}
