package dev.awsemulator.core.sns.api;

import java.util.List;

public record ListEndpointsByPlatformApplicationResult(List<Endpoint> endpoints, String nextToken) {
}
