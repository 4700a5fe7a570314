package dev.awsemulator.server.protocol;

import java.util.Map;

/** A response as bytes, ready for any transport; {@code contentType} is null when it has no body. */
public record EncodedResponse(int status, String contentType, Map<String, String> headers, byte[] body) {
}
