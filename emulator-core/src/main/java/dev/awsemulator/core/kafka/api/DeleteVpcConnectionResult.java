package dev.awsemulator.core.kafka.api;

public record DeleteVpcConnectionResult(String vpcConnectionArn, String state) {
}
