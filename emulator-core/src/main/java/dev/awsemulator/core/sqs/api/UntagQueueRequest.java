package dev.awsemulator.core.sqs.api;

import java.util.List;

public record UntagQueueRequest(String queueUrl, List<String> tagKeys) {
}
