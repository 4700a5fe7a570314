package dev.awsemulator.core.sns.api;

public record BatchResultErrorEntry(String id, String code, String message, Boolean senderFault) {
}
