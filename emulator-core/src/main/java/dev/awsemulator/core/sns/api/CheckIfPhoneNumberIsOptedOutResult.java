package dev.awsemulator.core.sns.api;

public record CheckIfPhoneNumberIsOptedOutResult(Boolean isOptedOut) {
}
