package dev.awsemulator.server.recordings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An HTTP response as it came over the wire: what boto3 reads from it that the SDK v2 does not expose. */
record RawResponse(Map<String, List<String>> headers, byte[] body) {

    static final RawResponse NONE = new RawResponse(Map.of(), new byte[0]);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern XML_ERROR_TYPE = Pattern.compile("<Error>.*<Type>([^<]*)</Type>", Pattern.DOTALL);

    /** The fault ({@code Sender} or {@code Receiver}) of a JSON error that names its legacy Query code. */
    Optional<String> queryErrorType() {
        return headers.entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase("x-amzn-query-error"))
                .flatMap(header -> header.getValue().stream()).findFirst()
                .filter(value -> value.contains(";")).map(value -> value.substring(value.indexOf(';') + 1));
    }

    /** A JSON error's {@code __type} without its namespace. */
    Optional<String> jsonErrorType() {
        return jsonText("__type").map(type -> type.substring(type.indexOf('#') + 1));
    }

    /** A JSON error's {@code message}. */
    Optional<String> jsonErrorMessage() {
        return jsonText("message");
    }

    private Optional<String> jsonText(String member) {
        try {
            JsonNode value = JSON.readTree(body).path(member);
            return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }

    /** A Query error's {@code <Type>}. */
    Optional<String> xmlErrorType() {
        Matcher type = XML_ERROR_TYPE.matcher(new String(body, StandardCharsets.UTF_8));
        return type.find() ? Optional.of(type.group(1)) : Optional.empty();
    }
}
