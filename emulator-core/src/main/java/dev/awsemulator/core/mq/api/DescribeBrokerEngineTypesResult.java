package dev.awsemulator.core.mq.api;

import java.util.List;

public record DescribeBrokerEngineTypesResult(List<BrokerEngineType> brokerEngineTypes, Integer maxResults, String nextToken) {
}
