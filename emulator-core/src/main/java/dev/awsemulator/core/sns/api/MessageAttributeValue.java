package dev.awsemulator.core.sns.api;

public record MessageAttributeValue(String dataType, String stringValue, byte[] binaryValue) {
}
