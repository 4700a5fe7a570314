package dev.awsemulator.server.api;

/**
 * The output of operations whose AWS model has a result without members (SNS TagResource): Query
 * writes its empty result element, which clients require, where an operation without output has none.
 */
public record NoOutput() {
}
