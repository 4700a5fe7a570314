package dev.awsemulator.server.service;

import java.util.function.Supplier;

/** A document a service serves at a fixed path over GET, read at each request. */
public record ServedDocument(String path, String contentType, Supplier<String> content) {
}
