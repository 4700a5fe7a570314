package dev.awsemulator.core.sns.api;

public record ListEndpointsByPlatformApplicationRequest(String platformApplicationArn, String nextToken) {
}
