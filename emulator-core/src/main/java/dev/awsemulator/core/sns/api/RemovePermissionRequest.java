package dev.awsemulator.core.sns.api;

public record RemovePermissionRequest(String topicArn, String label) {
}
