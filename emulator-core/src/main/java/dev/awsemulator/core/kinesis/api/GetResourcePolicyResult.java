package dev.awsemulator.core.kinesis.api;

public record GetResourcePolicyResult(String policy) {
}
