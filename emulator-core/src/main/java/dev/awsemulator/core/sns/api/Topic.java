package dev.awsemulator.core.sns.api;

public record Topic(String topicArn) {
}
