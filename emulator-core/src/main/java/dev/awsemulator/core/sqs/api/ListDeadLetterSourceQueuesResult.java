package dev.awsemulator.core.sqs.api;

import java.util.List;

public record ListDeadLetterSourceQueuesResult(List<String> queueUrls, String nextToken) {
}
