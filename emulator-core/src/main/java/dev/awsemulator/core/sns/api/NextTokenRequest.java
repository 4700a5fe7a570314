package dev.awsemulator.core.sns.api;

/** The input of list calls that page with a token only. */
public record NextTokenRequest(String nextToken) {
}
