package dev.awsemulator.core.sns.api;

/** The input of calls that take no parameters. */
public record EmptyRequest() {
}
