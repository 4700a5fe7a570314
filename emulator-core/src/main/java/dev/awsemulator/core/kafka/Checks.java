package dev.awsemulator.core.kafka;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** The checks MSK makes of request members before it changes anything, with its messages. */
final class Checks {

    private static final Pattern NAME = Pattern.compile("[0-9A-Za-z][0-9A-Za-z-]{0,63}");

    private Checks() {
    }

    static <T> T required(T value, String member) {
        if (value == null || value instanceof String text && text.isEmpty()
                || value instanceof Collection<?> collection && collection.isEmpty()) {
            throw KafkaError.BAD_REQUEST.exception("The request is missing required parameter " + member + ".", member);
        }
        return value;
    }

    static void name(String name, String member) {
        required(name, member);
        if (!NAME.matcher(name).matches()) {
            throw KafkaError.BAD_REQUEST.exception("The " + member + " " + name + " is not valid. It must be 1 to 64"
                    + " characters, start with a letter or digit, and contain only letters, digits and hyphens.",
                    member);
        }
    }

    static void oneOf(String value, List<String> allowed, String member) {
        if (value != null && !allowed.contains(value)) {
            throw KafkaError.BAD_REQUEST.exception("The value " + value + " is not valid for " + member
                    + ". Valid values: " + String.join(", ", allowed) + ".", member);
        }
    }

    static void range(Integer value, int min, int max, String member) {
        if (value != null && (value < min || value > max)) {
            throw KafkaError.BAD_REQUEST.exception("The value " + value + " is not valid for " + member
                    + ". It must be between " + min + " and " + max + ".", member);
        }
    }

    /** Page sizes of every List operation: 1 to 100, as the model's range says. */
    static int maxResults(Integer maxResults, int fallback) {
        range(maxResults, 1, 100, "maxResults");
        return maxResults == null ? fallback : maxResults;
    }
}
