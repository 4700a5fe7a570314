package dev.awsemulator.core.kafka.api;

import java.time.Instant;

public record VpcConnection(String vpcConnectionArn, String targetClusterArn, Instant creationTime, String authentication, String vpcId, String state) {
}
