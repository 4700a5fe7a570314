package dev.awsemulator.core.mq.api;

public record SanitizationWarning(String attributeName, String elementName, String reason) {
}
