package dev.awsemulator.core.sns.api;

/** The input of calls that name a phone number only. */
public record PhoneNumberRequest(String phoneNumber) {
}
