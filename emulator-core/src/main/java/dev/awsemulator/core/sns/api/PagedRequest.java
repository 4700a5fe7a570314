package dev.awsemulator.core.sns.api;

/** The input of list calls that page with a token and a page size. */
public record PagedRequest(String nextToken, Integer maxResults) {
}
