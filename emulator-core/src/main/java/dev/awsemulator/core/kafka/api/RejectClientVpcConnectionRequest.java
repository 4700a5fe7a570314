package dev.awsemulator.core.kafka.api;

public record RejectClientVpcConnectionRequest(String clusterArn, String vpcConnectionArn) {
}
