package dev.awsemulator.core.sns.api;

import java.util.List;

public record ListPhoneNumbersOptedOutResult(List<String> phoneNumbers, String nextToken) {
}
