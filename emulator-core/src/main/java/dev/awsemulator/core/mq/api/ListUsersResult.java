package dev.awsemulator.core.mq.api;

import java.util.List;

public record ListUsersResult(String brokerId, Integer maxResults, String nextToken, List<UserSummary> users) {
}
