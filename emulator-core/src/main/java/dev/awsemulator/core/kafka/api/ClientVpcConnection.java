package dev.awsemulator.core.kafka.api;

import java.time.Instant;

public record ClientVpcConnection(String authentication, Instant creationTime, String state, String vpcConnectionArn, String owner) {
}
