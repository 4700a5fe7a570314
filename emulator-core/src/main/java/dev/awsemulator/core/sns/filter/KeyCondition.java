package dev.awsemulator.core.sns.filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;

import java.util.List;

/**
 * One key of a policy with its rule list, OR-ed: a message attribute name, or the dotted path of a body
 * property ({"a": {"b": [..]}} and {"a.b": [..]} are the same key, as they are for AWS).
 */
final class KeyCondition {

    private final String path;
    private final String topKey;
    private final int depth;
    private final int valueCount;
    private final Rule[] rules;
    private final boolean existsTrue;
    private final boolean existsFalse;
    private final String rulesJson;

    /**
     * @param topKey the key at the top of the policy this one sits under; the 5-key limit counts these
     * @param depth  1 at the top of the policy, one more per nested object; it weighs the complexity
     * @param rules  the rule list, whose length is the other factor of the complexity
     */
    KeyCondition(String path, String topKey, int depth, List<Rule> rules, String rulesJson) {
        this.path = path;
        this.topKey = topKey;
        this.depth = depth;
        this.valueCount = rules.size();
        this.existsTrue = rules.contains(Exists.TRUE);
        this.existsFalse = rules.contains(Exists.FALSE);
        this.rules = rules.stream().filter(rule -> !(rule instanceof Exists)).toArray(Rule[]::new);
        this.rulesJson = rulesJson;
    }

    String path() {
        return path;
    }

    String topKey() {
        return topKey;
    }

    /** Whether the body key at this offset of the path is the path's next step ("a.b" is one step of "a.b.c"). */
    boolean keyMatchesAt(int offset, String key) {
        int end = offset + key.length();
        return path.regionMatches(offset, key, 0, key.length()) && (end == path.length() || path.charAt(end) == '.');
    }

    long complexity() {
        return (long) valueCount * depth;
    }

    /** Only {"exists": false} accepts a key the message does not have. */
    boolean acceptsAbsent() {
        return existsFalse;
    }

    boolean acceptsText(String value) {
        return existsTrue && !value.isEmpty() || anyRuleMatches(JsonNodeType.STRING, value, 0, false);
    }

    boolean acceptsNumber(double value) {
        return existsTrue || anyRuleMatches(JsonNodeType.NUMBER, null, value, false);
    }

    /** One value of a body property; the docs want a non-null, non-empty value for {"exists": true}. */
    boolean accepts(JsonNode value) {
        return existsTrue && isPresentValue(value)
                || anyRuleMatches(value.getNodeType(), value.textValue(), value.doubleValue(), value.booleanValue());
    }

    private boolean anyRuleMatches(JsonNodeType type, String text, double number, boolean flag) {
        for (Rule rule : rules) {
            if (matches(rule, type, text, number, flag)) {
                return true;
            }
        }
        return false;
    }

    /** The value arrives unwrapped, by type, so that testing an attribute allocates nothing. */
    private static boolean matches(Rule rule, JsonNodeType type, String text, double number, boolean flag) {
        return switch (type) {
            case STRING -> rule.matchesText(text);
            case NUMBER -> rule.matchesNumber(number);
            case BOOLEAN -> rule.matchesBoolean(flag);
            case NULL -> rule.matchesNull();
            default -> false;
        };
    }

    private static boolean matches(Rule rule, JsonNode value) {
        return matches(rule, value.getNodeType(), value.textValue(), value.doubleValue(), value.booleanValue());
    }

    /**
     * The elements of a String.Array attribute. A rule accepts when one element matches it, except anything-but,
     * which the docs say matches "if none of the array elements are listed in the policy property".
     */
    boolean acceptsElements(JsonNode array) {
        boolean anyValue = false;
        for (JsonNode element : array) {
            anyValue |= element.isValueNode();
            if (existsTrue && isPresentValue(element)) {
                return true;
            }
        }
        if (!anyValue) {
            return acceptsAbsent();
        }
        for (Rule rule : rules) {
            boolean any = false;
            boolean all = true;
            for (JsonNode element : array) {
                if (element.isValueNode()) {
                    boolean matched = matches(rule, element);
                    any |= matched;
                    all &= matched;
                }
            }
            if (rule.isNegation() ? all : any) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPresentValue(JsonNode value) {
        return value.isValueNode() && !value.isNull() && !(value.isTextual() && value.textValue().isEmpty());
    }

    /** For reasons: "key 'price'" plus the rule list as written. */
    String describe(String outcome) {
        return "key '" + path + "': " + outcome + " (rules: " + rulesJson + ")";
    }
}
