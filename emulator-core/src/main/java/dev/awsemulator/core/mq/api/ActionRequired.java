package dev.awsemulator.core.mq.api;

public record ActionRequired(String actionRequiredCode, String actionRequiredInfo) {
}
