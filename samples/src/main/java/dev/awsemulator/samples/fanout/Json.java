package dev.awsemulator.samples.fanout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough JSON for the samples. They depend on the AWS SDK alone (whose JSON classes are not
 * public API), so message bodies are formatted by hand and read back field by field. It reads
 * top-level string and number fields, which is all an SNS envelope and an {@link Order} need.
 */
final class Json {

    private Json() {
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    /** The value of a string field, unescaped; nested documents' fields are escaped, so never match. */
    static String string(String json, String field) {
        Matcher start = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*\"").matcher(json);
        if (!start.find()) {
            throw new IllegalArgumentException("no string field " + field + " in " + json);
        }
        StringBuilder value = new StringBuilder();
        for (int i = start.end(); i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '"') {
                return value.toString();
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            char escaped = json.charAt(++i);
            switch (escaped) {
                case 'n' -> value.append('\n');
                case 't' -> value.append('\t');
                case 'r' -> value.append('\r');
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'u' -> {
                    value.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> value.append(escaped); // \" \\ \/
            }
        }
        throw new IllegalArgumentException("unterminated string field " + field + " in " + json);
    }

    static long number(String json, String field) {
        Matcher value = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*(-?\\d+)").matcher(json);
        if (!value.find()) {
            throw new IllegalArgumentException("no number field " + field + " in " + json);
        }
        return Long.parseLong(value.group(1));
    }
}
