package dev.awsemulator.core.kinesis.api;

/** The input of GetResourcePolicy, DeleteResourcePolicy and ListTagsForResource: a stream or consumer ARN. */
public record ResourceArnRequest(String resourceARN) {
}
