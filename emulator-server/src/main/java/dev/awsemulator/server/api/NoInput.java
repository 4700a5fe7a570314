package dev.awsemulator.server.api;

/** The input of operations that take no members (e.g. Kinesis DescribeLimits): any body decodes to it. */
public record NoInput() {
}
