package dev.awsemulator.core.sns.api;

import java.util.List;

public record ListSMSSandboxPhoneNumbersResult(List<SMSSandboxPhoneNumber> phoneNumbers, String nextToken) {
}
