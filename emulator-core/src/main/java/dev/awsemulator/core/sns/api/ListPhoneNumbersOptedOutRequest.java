package dev.awsemulator.core.sns.api;

public record ListPhoneNumbersOptedOutRequest(String nextToken) {
}
