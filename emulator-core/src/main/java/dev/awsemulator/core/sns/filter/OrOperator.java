package dev.awsemulator.core.sns.filter;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * When "$or" is an OR. The SNS docs: only when it is followed by an array of at least two objects none of which
 * has a reserved field name; otherwise "$or" is an ordinary key, like any other string in the policy.
 */
final class OrOperator {

    static final String KEY = "$or";

    private OrOperator() {
    }

    static boolean isOr(String key, JsonNode value) {
        if (!KEY.equals(key) || !value.isArray() || value.size() < 2) {
            return false;
        }
        for (JsonNode branch : value) {
            if (!branch.isObject() || hasReservedName(branch)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasReservedName(JsonNode branch) {
        return branch.properties().stream().anyMatch(field -> MatchExpression.RESERVED_NAMES.contains(field.getKey()));
    }
}
