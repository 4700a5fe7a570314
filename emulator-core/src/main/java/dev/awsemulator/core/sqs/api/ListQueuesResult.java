package dev.awsemulator.core.sqs.api;

import java.util.List;

public record ListQueuesResult(List<String> queueUrls, String nextToken) {
}
