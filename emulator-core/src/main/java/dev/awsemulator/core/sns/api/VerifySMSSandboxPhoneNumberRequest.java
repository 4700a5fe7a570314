package dev.awsemulator.core.sns.api;

public record VerifySMSSandboxPhoneNumberRequest(String phoneNumber, String oneTimePassword) {
}
