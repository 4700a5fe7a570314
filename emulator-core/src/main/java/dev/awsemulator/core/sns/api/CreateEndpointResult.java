package dev.awsemulator.core.sns.api;

/** The result of CreatePlatformEndpoint. */
public record CreateEndpointResult(String endpointArn) {
}
