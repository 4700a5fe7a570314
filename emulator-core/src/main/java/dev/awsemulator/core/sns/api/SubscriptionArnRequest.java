package dev.awsemulator.core.sns.api;

/** The input of Unsubscribe and GetSubscriptionAttributes. */
public record SubscriptionArnRequest(String subscriptionArn) {
}
