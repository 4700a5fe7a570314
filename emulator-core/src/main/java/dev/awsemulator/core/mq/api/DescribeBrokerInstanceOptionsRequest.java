package dev.awsemulator.core.mq.api;

public record DescribeBrokerInstanceOptionsRequest(String engineType, String hostInstanceType, Integer maxResults, String nextToken, String storageType) {
}
