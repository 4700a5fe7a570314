package dev.awsemulator.core.sns.api;

import java.util.List;

public record ListPlatformApplicationsResult(List<PlatformApplication> platformApplications, String nextToken) {
}
