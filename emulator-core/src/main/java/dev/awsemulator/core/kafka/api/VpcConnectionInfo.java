package dev.awsemulator.core.kafka.api;

import java.time.Instant;

public record VpcConnectionInfo(String vpcConnectionArn, String owner, UserIdentity userIdentity, Instant creationTime) {
}
