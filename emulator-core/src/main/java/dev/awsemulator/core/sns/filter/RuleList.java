package dev.awsemulator.core.sns.filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/** A key's array of match values, OR-ed: literals match themselves, objects are match expressions. */
final class RuleList {

    private RuleList() {
    }

    static KeyCondition compile(String path, String topKey, int depth, JsonNode values) {
        List<Rule> rules = new ArrayList<>(values.size());
        for (JsonNode value : values) {
            rules.add(rule(value));
        }
        if (rules.isEmpty()) {
            throw InvalidFilterPolicyException.of(PolicyMessages.EMPTY_ARRAY);
        }
        return new KeyCondition(path, topKey, depth, rules, values.toString());
    }

    private static Rule rule(JsonNode value) {
        return switch (value.getNodeType()) {
            case STRING -> new ExactText(value.textValue());
            case NUMBER -> new ExactNumber(value.doubleValue());
            case BOOLEAN -> value.booleanValue() ? ExactLiteral.TRUE : ExactLiteral.FALSE;
            case NULL -> ExactLiteral.NULL;
            case OBJECT -> MatchExpression.compile((ObjectNode) value);
            default -> throw InvalidFilterPolicyException.of(PolicyMessages.BAD_MATCH_VALUE);
        };
    }
}
