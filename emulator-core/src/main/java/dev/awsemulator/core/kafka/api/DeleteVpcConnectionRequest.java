package dev.awsemulator.core.kafka.api;

public record DeleteVpcConnectionRequest(String arn) {
}
