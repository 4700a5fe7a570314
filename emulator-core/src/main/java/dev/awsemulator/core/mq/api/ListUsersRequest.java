package dev.awsemulator.core.mq.api;

public record ListUsersRequest(String brokerId, Integer maxResults, String nextToken) {
}
