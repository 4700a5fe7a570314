package dev.awsemulator.core.sqs.api;

public record RemovePermissionRequest(String queueUrl, String label) {
}
