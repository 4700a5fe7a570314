package dev.awsemulator.core.kafka.api;

public record DescribeVpcConnectionRequest(String arn) {
}
