package dev.awsemulator.server.recordings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares responses with a recording the way LocalStack's snapshots do. The recording replaced what differs
 * from run to run with placeholders ({@code <uuid:1>}, {@code <resource:1>}, {@code <region>}): a placeholder
 * matches any text, the same placeholder the same text throughout one recorded test, and two numbered
 * placeholders of one kind never the same text. A recorded structure where the response holds a string is
 * the string's JSON (attributes such as {@code Policy}). Of {@code ResponseMetadata} only the HTTP status
 * counts. Every difference is kept, with its path.
 */
final class RecordedMatch {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("<[\\w:.-]+>");
    private static final Pattern NUMBERED = Pattern.compile("<([\\w.-]+):\\d+>");

    private final Map<String, String> bindings = new HashMap<>();
    private final List<String> differences = new ArrayList<>();
    private final List<Text> texts = new ArrayList<>();

    /**
     * Every difference of the responses compared. The texts are matched last, those with fewer placeholders
     * first, so that a placeholder is bound where it stands alone ({@code StreamARN}) before it is read
     * inside a longer text ({@code ConsumerARN}: the stream's ARN and more). Matching binds the placeholders,
     * so this is asked once, after the last response.
     */
    List<String> differences() {
        List<String> all = new ArrayList<>(differences);
        texts.stream().sorted(Comparator.comparingLong(text -> PLACEHOLDER.matcher(text.recorded).results().count()))
                .filter(text -> !matches(text.recorded, text.actual))
                .forEach(text -> all.add(text.path + ": recorded \"" + text.recorded + "\", got \""
                        + text.actual + "\""));
        return all;
    }

    private record Text(String path, String recorded, String actual) {
    }

    /** Compares one response with its recording; its texts wait for {@link #differences()}. */
    void compare(String path, JsonNode recorded, JsonNode actual) {
        if (recorded.isContainerNode()) {
            compareContainer(path, recorded, parsedIfJson(actual));
        } else if (recorded.isTextual() && actual.isValueNode()) {
            texts.add(new Text(path, recorded.asText(), actual.asText()));
        } else if (recorded.isNumber()) {
            if (!actual.isNumber() || recorded.decimalValue().compareTo(actual.decimalValue()) != 0) {
                differ(path, recorded, actual);
            }
        } else if (!recorded.equals(actual)) {
            differ(path, recorded, actual);
        }
    }

    private void compareContainer(String path, JsonNode recorded, JsonNode actual) {
        if (recorded.getNodeType() != actual.getNodeType()) {
            differ(path, recorded, actual);
        } else if (recorded.isArray()) {
            if (recorded.size() != actual.size()) {
                differ(path, recorded, actual);
                return;
            }
            for (int i = 0; i < recorded.size(); i++) {
                compare(path + "[" + i + "]", recorded.get(i), actual.get(i));
            }
        } else if (path.endsWith(".ResponseMetadata")) {
            compare(path + ".HTTPStatusCode", recorded.path("HTTPStatusCode"), actual.path("HTTPStatusCode"));
        } else {
            recorded.fieldNames().forEachRemaining(name -> {
                if (actual.has(name)) {
                    compare(path + "." + name, recorded.get(name), actual.get(name));
                } else {
                    differences.add(path + "." + name + ": missing (recorded " + recorded.get(name) + ")");
                }
            });
            actual.fieldNames().forEachRemaining(name -> {
                if (!recorded.has(name)) {
                    differences.add(path + "." + name + ": not recorded (got " + actual.get(name) + ")");
                }
            });
        }
    }

    private static JsonNode parsedIfJson(JsonNode actual) {
        if (!actual.isTextual()) {
            return actual;
        }
        try {
            return JSON.readTree(actual.asText());
        } catch (IOException notJson) {
            return actual;
        }
    }

    private boolean matches(String recorded, String actual) {
        Matcher placeholder = PLACEHOLDER.matcher(recorded);
        StringBuilder regex = new StringBuilder();
        List<String> unbound = new ArrayList<>();
        int at = 0;
        while (placeholder.find()) {
            regex.append(Pattern.quote(recorded.substring(at, placeholder.start())));
            String name = placeholder.group();
            if (bindings.containsKey(name)) {
                regex.append(Pattern.quote(bindings.get(name)));
            } else if (unbound.contains(name)) {
                regex.append('\\').append(unbound.indexOf(name) + 1);
            } else {
                unbound.add(name);
                regex.append("(.+?)");
            }
            at = placeholder.end();
        }
        regex.append(Pattern.quote(recorded.substring(at)));
        Matcher value = Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(actual);
        if (!value.matches()) {
            return false;
        }
        for (int i = 0; i < unbound.size(); i++) {
            if (!bind(unbound.get(i), value.group(i + 1))) {
                return false;
            }
        }
        return true;
    }

    /** Binds a placeholder, unless the text already stands for another numbered placeholder of its kind. */
    private boolean bind(String name, String text) {
        Matcher numbered = NUMBERED.matcher(name);
        if (numbered.matches()) {
            String kind = "<" + numbered.group(1) + ":";
            boolean taken = bindings.entrySet().stream()
                    .anyMatch(bound -> bound.getKey().startsWith(kind) && bound.getValue().equals(text));
            if (taken) {
                return false;
            }
        }
        bindings.put(name, text);
        return true;
    }

    private void differ(String path, JsonNode recorded, JsonNode actual) {
        differences.add(path + ": recorded " + recorded + ", got " + actual);
    }
}
