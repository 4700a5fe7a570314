package dev.awsemulator.core.sns.filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.List;
import java.util.Map;

/**
 * A policy in the MessageAttributes scope against a message's attributes. A String attribute is a string, a
 * Number attribute a number, a String.Array attribute its JSON elements; Binary attributes are ignored, as the
 * docs say.
 */
final class AttributeMatcher implements Alternatives {

    private enum Kind { STRING, NUMBER, ARRAY, IGNORED }

    private final Map<String, FilterAttribute> attributes;

    private AttributeMatcher(Map<String, FilterAttribute> attributes) {
        this.attributes = attributes;
    }

    static MatchResult match(List<List<KeyCondition>> alternatives, Map<String, FilterAttribute> attributes) {
        for (FilterAttribute attribute : attributes.values()) {
            if (kind(attribute) != Kind.IGNORED) {
                return new AttributeMatcher(attributes).match(alternatives);
            }
        }
        // The docs: "exists": false "only matches if at least one attribute is present".
        return MatchResult.unmatched("the message has no attributes to filter on");
    }

    @Override
    public boolean matches(List<KeyCondition> alternative) {
        for (KeyCondition condition : alternative) {
            if (!accepts(condition)) {
                return false;
            }
        }
        return true;
    }

    private boolean accepts(KeyCondition condition) {
        FilterAttribute attribute = attributes.get(condition.path());
        String value = attribute == null ? null : attribute.stringValue();
        return switch (attribute == null ? Kind.IGNORED : kind(attribute)) {
            case STRING -> condition.acceptsText(value);
            case NUMBER -> acceptsNumber(condition, value);
            case ARRAY -> acceptsArray(condition, value);
            case IGNORED -> condition.acceptsAbsent();
        };
    }

    /** SNS refuses to publish a Number that does not parse; should one arrive, it is compared as a string. */
    private static boolean acceptsNumber(KeyCondition condition, String value) {
        try {
            return condition.acceptsNumber(Double.parseDouble(value));
        } catch (NumberFormatException e) {
            return condition.acceptsText(value);
        }
    }

    /** A String.Array value that is not a JSON array is matched whole, as a string. */
    private static boolean acceptsArray(KeyCondition condition, String value) {
        JsonNode elements = PolicyJson.readMessageValue(value);
        return elements != null && elements.isArray()
                ? condition.acceptsElements(elements) : condition.acceptsText(value);
    }

    private static Kind kind(FilterAttribute attribute) {
        String type = attribute.dataType();
        if (attribute.stringValue() == null || type == null || type.startsWith("Binary")) {
            return Kind.IGNORED;
        }
        if (type.equals("String.Array")) {
            return Kind.ARRAY;
        }
        return type.equals("Number") || type.startsWith("Number.") ? Kind.NUMBER : Kind.STRING;
    }

    @Override
    public String explain(List<KeyCondition> alternative) {
        for (KeyCondition condition : alternative) {
            if (!accepts(condition)) {
                FilterAttribute attribute = attributes.get(condition.path());
                return condition.describe(attribute == null || kind(attribute) == Kind.IGNORED
                        ? "the message has no such attribute" : "no rule matched " + render(attribute));
            }
        }
        throw new IllegalStateException("explain called for a matching alternative");
    }

    /** A String value quoted as JSON, a Number or String.Array value as written. */
    private static String render(FilterAttribute attribute) {
        return kind(attribute) == Kind.STRING
                ? TextNode.valueOf(attribute.stringValue()).toString() : attribute.stringValue();
    }
}
