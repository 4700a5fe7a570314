package dev.awsemulator.core.sns.api;

/** The input of calls that name a platform application only. */
public record PlatformApplicationArnRequest(String platformApplicationArn) {
}
