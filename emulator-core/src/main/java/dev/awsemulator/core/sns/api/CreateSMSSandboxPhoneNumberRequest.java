package dev.awsemulator.core.sns.api;

public record CreateSMSSandboxPhoneNumberRequest(String phoneNumber, String languageCode) {
}
