package dev.awsemulator.core.sns.api;

import java.util.List;

public record ListOriginationNumbersResult(List<PhoneNumberInformation> phoneNumbers, String nextToken) {
}
