package dev.awsemulator.core.sns.api;

public record CreatePlatformApplicationResult(String platformApplicationArn) {
}
