package dev.awsemulator.core.sqs.api;

import java.util.List;

public record GetQueueAttributesRequest(String queueUrl, List<String> attributeNames) {
}
