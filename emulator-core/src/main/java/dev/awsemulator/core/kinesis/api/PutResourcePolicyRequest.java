package dev.awsemulator.core.kinesis.api;

public record PutResourcePolicyRequest(String resourceARN, String policy) {
}
