package dev.awsemulator.core.sns.api;

public record SetSubscriptionAttributesRequest(String subscriptionArn, String attributeName, String attributeValue) {
}
