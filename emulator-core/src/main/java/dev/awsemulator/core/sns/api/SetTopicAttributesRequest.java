package dev.awsemulator.core.sns.api;

public record SetTopicAttributesRequest(String topicArn, String attributeName, String attributeValue) {
}
