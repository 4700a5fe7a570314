package dev.awsemulator.core.sqs.api;

import java.util.List;

public record ReceiveMessageRequest(String queueUrl, List<String> attributeNames,
                                    List<String> messageSystemAttributeNames, List<String> messageAttributeNames,
                                    Integer maxNumberOfMessages, Integer visibilityTimeout, Integer waitTimeSeconds,
                                    String receiveRequestAttemptId) {
}
