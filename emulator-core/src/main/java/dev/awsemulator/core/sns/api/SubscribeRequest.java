package dev.awsemulator.core.sns.api;

import java.util.Map;

public record SubscribeRequest(String topicArn, String protocol, String endpoint, Map<String, String> attributes, Boolean returnSubscriptionArn) {
}
