package dev.awsemulator.core.sns.api;

import java.util.List;

public record AddPermissionRequest(String topicArn, String label, List<String> awsAccountId, List<String> actionName) {
}
