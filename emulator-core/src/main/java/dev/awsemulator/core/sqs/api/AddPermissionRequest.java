package dev.awsemulator.core.sqs.api;

import java.util.List;

public record AddPermissionRequest(String queueUrl, String label, List<String> awsAccountIds, List<String> actions) {
}
