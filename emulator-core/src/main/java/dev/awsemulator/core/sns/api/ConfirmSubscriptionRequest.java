package dev.awsemulator.core.sns.api;

public record ConfirmSubscriptionRequest(String topicArn, String token, String authenticateOnUnsubscribe) {
}
