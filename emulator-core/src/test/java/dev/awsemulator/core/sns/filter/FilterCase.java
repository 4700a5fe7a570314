package dev.awsemulator.core.sns.filter;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of {@code sns-filter/cases.txt}: a policy, a scope, a message and what AWS does with them.
 *
 * @param expected "match", "no", or "error: " followed by the exact text of the exception
 */
record FilterCase(int line, String scope, String policy, String message, String expected) {

    private static final String ERROR = "error: ";

    FilterPolicy.Scope policyScope() {
        return switch (scope) {
            case "attr" -> FilterPolicy.Scope.MESSAGE_ATTRIBUTES;
            case "body" -> FilterPolicy.Scope.MESSAGE_BODY;
            default -> throw new IllegalArgumentException("line " + line + ": scope is attr or body, not " + scope);
        };
    }

    boolean expectsError() {
        return expected.startsWith(ERROR);
    }

    String expectedError() {
        return expected.substring(ERROR.length());
    }

    boolean expectsMatch() {
        if (!expected.equals("match") && !expected.equals("no")) {
            throw new IllegalArgumentException("line " + line + ": expected is match, no or error: ..., not "
                    + expected);
        }
        return expected.equals("match");
    }

    MatchResult matchAgainst(FilterPolicy policy) {
        return policy.scope() == FilterPolicy.Scope.MESSAGE_BODY
                ? policy.matchBody(message) : policy.matchAttributes(attributes());
    }

    /** "none", or "name:Type=value; name:Type=value"; "name:Binary" has no value. */
    private Map<String, FilterAttribute> attributes() {
        Map<String, FilterAttribute> attributes = new LinkedHashMap<>();
        if (message.equals("none")) {
            return attributes;
        }
        for (String entry : message.split("; ")) {
            int colon = entry.indexOf(':');
            int equals = entry.indexOf('=', colon);
            String name = entry.substring(0, colon);
            String type = equals < 0 ? entry.substring(colon + 1) : entry.substring(colon + 1, equals);
            attributes.put(name, new FilterAttribute(type, equals < 0 ? null : entry.substring(equals + 1)));
        }
        return attributes;
    }

    @Override
    public String toString() {
        String text = "line " + line + " [" + scope + "] " + policy + " ~ " + message + " -> " + expected;
        return text.length() > 220 ? text.substring(0, 217) + "..." : text;
    }
}
