package dev.awsemulator.core.sns.api;

import java.util.List;

public record ListSubscriptionsResult(List<Subscription> subscriptions, String nextToken) {
}
