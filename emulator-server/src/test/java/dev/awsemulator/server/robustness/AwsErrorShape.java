package dev.awsemulator.server.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;

import java.io.IOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/**
 * Whether an error answer is one an AWS SDK can read: a JSON or CBOR body with {@code __type} and the
 * {@code x-amzn-ErrorType} header for requests that name a target, a Query {@code ErrorResponse}
 * with a code for the others.
 */
final class AwsErrorShape {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper CBOR = new ObjectMapper(new CBORFactory());

    private AwsErrorShape() {
    }

    /** What is wrong with the error answer, or null if AWS could have sent it. */
    static String problem(WireRequest request, HttpHeaders headers, byte[] body) {
        String contentType = headers.firstValue("Content-Type").orElse("");
        if (request.target != null) {
            if (headers.firstValue("x-amzn-ErrorType").isEmpty()) {
                return "no x-amzn-ErrorType header";
            }
            ObjectMapper mapper = contentType.startsWith("application/x-amz-cbor") ? CBOR
                    : contentType.startsWith("application/x-amz-json") ? JSON : null;
            if (mapper == null) {
                return "content type " + contentType + " for a JSON-protocol request";
            }
            try {
                JsonNode error = mapper.readTree(body);
                return error.hasNonNull("__type") ? null : "no __type in " + error;
            } catch (IOException e) {
                return "unreadable error body: " + e.getMessage();
            }
        }
        String text = new String(body, StandardCharsets.UTF_8);
        if (!contentType.startsWith("text/xml") || !text.startsWith("<ErrorResponse")
                || !text.matches("(?s).*<Code>[^<]+</Code>.*")) {
            return "not a Query ErrorResponse: " + contentType + " " + text;
        }
        return null;
    }
}
