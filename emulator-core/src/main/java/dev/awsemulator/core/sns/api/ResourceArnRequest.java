package dev.awsemulator.core.sns.api;

/** The input of ListTagsForResource and GetDataProtectionPolicy. */
public record ResourceArnRequest(String resourceArn) {
}
