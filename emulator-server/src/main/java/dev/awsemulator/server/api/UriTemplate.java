package dev.awsemulator.server.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The path of a REST operation as its model writes it: literal segments and labels, each label a
 * whole segment ({@code /v1/clusters/{clusterArn}}); a last label ending in {@code +} is greedy and
 * takes the rest of the path, slashes included ({@code /{Path+}}). Labels match percent-encoded text
 * and are decoded, as SDKs encode them ({@code /} becomes {@code %2F} in a plain label).
 */
public final class UriTemplate {

    private final String text;
    private final List<String> segments;
    private final List<String> labels = new ArrayList<>();
    private final boolean greedy;
    private final int literals;

    private UriTemplate(String text) {
        if (!text.startsWith("/") || text.contains("?")) {
            throw new IllegalArgumentException("a URI template is a path starting with /: " + text);
        }
        this.text = text;
        this.segments = List.of(text.substring(1).split("/", -1));
        int literalCount = 0;
        boolean greedyLabel = false;
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (!isLabel(segment)) {
                literalCount++;
                continue;
            }
            String label = segment.substring(1, segment.length() - 1);
            if (label.endsWith("+")) {
                if (i != segments.size() - 1) {
                    throw new IllegalArgumentException("only the last label may be greedy: " + text);
                }
                greedyLabel = true;
                label = label.substring(0, label.length() - 1);
            }
            labels.add(label);
        }
        this.greedy = greedyLabel;
        this.literals = literalCount;
    }

    public static UriTemplate of(String text) {
        return new UriTemplate(text);
    }

    /** The labels' names, in path order. */
    public List<String> labels() {
        return List.copyOf(labels);
    }

    /** How many segments are literal: where two templates match a path, the one with more literals wins. */
    public int literals() {
        return literals;
    }

    /**
     * The decoded labels of {@code rawPath} (the path as sent, percent-encoded, without the query
     * string), or null when it does not fit this template.
     */
    public Map<String, String> match(String rawPath) {
        if (!rawPath.startsWith("/")) {
            return null;
        }
        String[] parts = rawPath.substring(1).split("/", -1);
        int fixed = greedy ? segments.size() - 1 : segments.size();
        if (greedy ? parts.length < segments.size() : parts.length != segments.size()) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        int label = 0;
        for (int i = 0; i < fixed; i++) {
            String segment = segments.get(i);
            if (!isLabel(segment)) {
                if (!segment.equals(parts[i])) {
                    return null;
                }
            } else if (parts[i].isEmpty()) {
                return null;
            } else {
                values.put(labels.get(label++), decode(parts[i]));
            }
        }
        if (greedy) {
            String rest = String.join("/", List.of(parts).subList(fixed, parts.length));
            if (rest.isEmpty()) {
                return null;
            }
            values.put(labels.get(label), decode(rest));
        }
        return values;
    }

    private static boolean isLabel(String segment) {
        return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
    }

    /** Percent-decoding as paths use it: {@code +} stays a plus; a malformed escape stays as sent. */
    static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int high = c == '%' && i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
            int low = high < 0 ? -1 : Character.digit(text.charAt(i + 2), 16);
            if (low >= 0) {
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return text;
    }
}
