package dev.awsemulator.core.sns.api;

/** The input of DeleteSMSSandboxPhoneNumber (whose member is spelled {@code PhoneNumber}, unlike opt-out calls). */
public record SandboxPhoneNumberRequest(String phoneNumber) {
}
