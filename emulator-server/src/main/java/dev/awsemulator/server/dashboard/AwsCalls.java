package dev.awsemulator.server.dashboard;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells AWS calls from browser requests: every SDK call is signed (an {@code Authorization} header
 * or a presigned {@code X-Amz-Credential}), names an {@code X-Amz-Target} or a Query {@code Action},
 * or carries a body in an AWS protocol's content type; a browser's GET does none of these.
 */
final class AwsCalls {

    private static final Set<String> AWS_PARAMETERS = Set.of("Action", "X-Amz-Credential", "X-Amz-Signature");
    private static final List<String> AWS_CONTENT_TYPES = List.of("application/x-www-form-urlencoded",
            "application/x-amz-json", "application/x-amz-cbor");

    private AwsCalls() {
    }

    static boolean isAwsCall(HttpServerExchange exchange) {
        HeaderMap headers = exchange.getRequestHeaders();
        if (headers.contains(Headers.AUTHORIZATION) || headers.contains("X-Amz-Target")) {
            return true;
        }
        String contentType = headers.getFirst(Headers.CONTENT_TYPE);
        if (contentType != null && AWS_CONTENT_TYPES.stream()
                .anyMatch(type -> contentType.toLowerCase(Locale.ROOT).startsWith(type))) {
            return true;
        }
        Map<String, ?> parameters = exchange.getQueryParameters();
        return AWS_PARAMETERS.stream().anyMatch(parameters::containsKey);
    }
}
