package dev.awsemulator.core.sns.api;

public record GetDataProtectionPolicyResult(String dataProtectionPolicy) {
}
