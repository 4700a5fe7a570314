package dev.awsemulator.core.mq.api;

public record ListBrokersRequest(Integer maxResults, String nextToken) {
}
