package dev.awsemulator.core.mq.api;

import java.util.List;

public record DescribeBrokerInstanceOptionsResult(List<BrokerInstanceOption> brokerInstanceOptions, Integer maxResults, String nextToken) {
}
