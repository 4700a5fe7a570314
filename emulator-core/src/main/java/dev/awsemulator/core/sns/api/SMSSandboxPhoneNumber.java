package dev.awsemulator.core.sns.api;

public record SMSSandboxPhoneNumber(String phoneNumber, String status) {
}
