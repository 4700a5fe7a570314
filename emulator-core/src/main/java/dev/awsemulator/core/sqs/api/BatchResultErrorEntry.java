package dev.awsemulator.core.sqs.api;

public record BatchResultErrorEntry(String id, Boolean senderFault, String code, String message) {
}
