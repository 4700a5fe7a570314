package dev.awsemulator.core.sns.api;

import java.util.List;

public record PhoneNumberInformation(Long createdTimestamp, String phoneNumber, String status, String iso2CountryCode, String routeType, List<String> numberCapabilities) {
}
