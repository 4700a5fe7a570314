package dev.awsemulator.core.sqs.api;

import java.util.List;

public record ReceiveMessageResult(List<Message> messages) {
}
