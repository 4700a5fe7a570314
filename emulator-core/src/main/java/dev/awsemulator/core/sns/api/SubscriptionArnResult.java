package dev.awsemulator.core.sns.api;

/** The result of Subscribe and ConfirmSubscription. */
public record SubscriptionArnResult(String subscriptionArn) {
}
