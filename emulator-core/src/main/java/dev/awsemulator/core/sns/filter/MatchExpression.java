package dev.awsemulator.core.sns.filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.Set;

/** An object in a rule list, such as {"prefix": "a"}: one operator and its operand. */
final class MatchExpression {

    /**
     * Field names that stop "$or" from being an OR (see {@link OrOperator}): the operators, plus "exact" and
     * "wildcard", which the rule compiler AWS uses reserves although SNS does not document them.
     */
    static final Set<String> RESERVED_NAMES = Set.of("prefix", "suffix", "equals-ignore-case", "cidr", "exists",
            "numeric", "anything-but", "exact", "wildcard");

    private MatchExpression() {
    }

    static Rule compile(ObjectNode expression) {
        if (expression.isEmpty()) {
            throw InvalidFilterPolicyException.of(PolicyMessages.NO_MATCH_EXPRESSION);
        }
        // Like AWS's compiler, check the first operator's operand before noticing a second key.
        Map.Entry<String, JsonNode> first = expression.properties().iterator().next();
        String operator = first.getKey();
        JsonNode operand = first.getValue();
        Rule rule = switch (operator) {
            case "prefix" -> new TextRule(TextRule.Kind.PREFIX, text(operand, operator));
            case "suffix" -> new TextRule(TextRule.Kind.SUFFIX, text(operand, operator));
            case "equals-ignore-case" -> new TextRule(TextRule.Kind.EQUALS_IGNORE_CASE, text(operand, operator));
            // AWS's compiler answers the prefix text for a cidr that is not a string.
            case "cidr" -> CidrExpression.parse(text(operand, "prefix"));
            case "exists" -> exists(operand);
            case "numeric" -> NumericExpression.parse(operand);
            case "anything-but" -> AnythingButExpression.parse(operand);
            default -> throw InvalidFilterPolicyException.of(PolicyMessages.unrecognizedMatchType(operator));
        };
        if (expression.size() > 1) {
            // The compiler's numeric and anything-but branches share one "too many" text for any extra token.
            boolean sharesNumericText = operator.equals("numeric") || operator.equals("anything-but");
            throw InvalidFilterPolicyException.of(sharesNumericText
                    ? PolicyMessages.NUMERIC_TOO_MANY_ELEMENTS : PolicyMessages.ONE_KEY_ONLY);
        }
        return rule;
    }

    /** The string operand of prefix, suffix, equals-ignore-case and cidr. */
    static String text(JsonNode operand, String operator) {
        if (!operand.isTextual()) {
            throw InvalidFilterPolicyException.of(PolicyMessages.patternMustBeString(operator));
        }
        return operand.textValue();
    }

    private static Rule exists(JsonNode operand) {
        if (!operand.isBoolean()) {
            throw InvalidFilterPolicyException.of(PolicyMessages.EXISTS_NOT_BOOLEAN);
        }
        return operand.booleanValue() ? Exists.TRUE : Exists.FALSE;
    }
}
