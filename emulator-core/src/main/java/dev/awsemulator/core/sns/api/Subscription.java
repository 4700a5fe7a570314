package dev.awsemulator.core.sns.api;

public record Subscription(String subscriptionArn, String owner, String protocol, String endpoint, String topicArn) {
}
