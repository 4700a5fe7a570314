package dev.awsemulator.core.kafka.api;

import java.time.Instant;

public record VpcConnectionInfoServerless(Instant creationTime, String owner, UserIdentity userIdentity, String vpcConnectionArn) {
}
