package dev.awsemulator.core.mq.api;

import java.util.List;

public record ListBrokersResult(List<BrokerSummary> brokerSummaries, String nextToken) {
}
