package dev.awsemulator.core.mq.api;

public record DescribeBrokerEngineTypesRequest(String engineType, Integer maxResults, String nextToken) {
}
