package dev.awsemulator.core.sns.api;

public record PutDataProtectionPolicyRequest(String resourceArn, String dataProtectionPolicy) {
}
