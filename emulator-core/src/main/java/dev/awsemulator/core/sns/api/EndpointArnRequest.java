package dev.awsemulator.core.sns.api;

/** The input of DeleteEndpoint and GetEndpointAttributes. */
public record EndpointArnRequest(String endpointArn) {
}
