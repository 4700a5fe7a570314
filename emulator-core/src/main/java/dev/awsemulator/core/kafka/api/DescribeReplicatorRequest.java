package dev.awsemulator.core.kafka.api;

public record DescribeReplicatorRequest(String replicatorArn) {
}
