package dev.awsemulator.core.sns.filter;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The operand of "numeric": ["=", n], [">"|">="|"<"|"<=", n] or [">"|">=", n, "<"|"<=", m]. The checks run in
 * the order AWS's compiler reads the tokens, so that a bad expression gets the text AWS answers.
 */
final class NumericExpression {

    private final JsonNode terms;

    private NumericExpression(JsonNode terms) {
        this.terms = terms;
    }

    static NumericRange parse(JsonNode operand) {
        if (!operand.isArray()) {
            throw InvalidFilterPolicyException.of(PolicyMessages.NUMERIC_NOT_ARRAY);
        }
        return new NumericExpression(operand).range();
    }

    private NumericRange range() {
        JsonNode first = terms.get(0);
        if (first == null || !first.isTextual()) {
            throw invalid(PolicyMessages.invalidNumericMember(tokenText(first)));
        }
        String operator = first.textValue();
        return switch (operator) {
            case "=" -> {
                long value = onlyOperand("equals");
                yield new NumericRange(value, true, value, true);
            }
            case "<" -> new NumericRange(NumericRange.UNBOUNDED_BELOW, true, onlyOperand(operator), false);
            case "<=" -> new NumericRange(NumericRange.UNBOUNDED_BELOW, true, onlyOperand(operator), true);
            case ">", ">=" -> lowerBounded(operator);
            default -> throw invalid(PolicyMessages.unrecognizedNumericOperator(operator));
        };
    }

    /** "=", "<" and "<=" take exactly one number. */
    private long onlyOperand(String operatorName) {
        double value = number(1, operatorName);
        if (terms.size() > 2) {
            throw invalid(PolicyMessages.NUMERIC_TOO_MANY_ELEMENTS);
        }
        return Numbers.operand(value);
    }

    /** ">" and ">=" may be followed by an upper bound. */
    private NumericRange lowerBounded(String operator) {
        double bottom = number(1, operator);
        if (terms.size() == 2) {
            return new NumericRange(Numbers.operand(bottom), operator.equals(">="), NumericRange.UNBOUNDED_ABOVE, true);
        }
        JsonNode second = terms.get(2);
        if (!second.isTextual()) {
            throw invalid(PolicyMessages.badRangeValue(tokenText(second)));
        }
        String topOperator = second.textValue();
        if (!topOperator.equals("<") && !topOperator.equals("<=")) {
            throw invalid(PolicyMessages.badRangeOperator(topOperator));
        }
        double top = number(3, topOperator);
        if (terms.size() > 4) {
            throw invalid(PolicyMessages.NUMERIC_TOO_MANY_TERMS);
        }
        long lower = Numbers.operand(bottom);
        long upper = Numbers.operand(top);
        if (bottom >= top) {
            throw invalid(PolicyMessages.BOTTOM_NOT_BELOW_TOP);
        }
        return new NumericRange(lower, operator.equals(">="), upper, topOperator.equals("<="));
    }

    private double number(int index, String operatorName) {
        JsonNode term = terms.get(index);
        if (term == null || !term.isNumber()) {
            throw invalid(PolicyMessages.valueMustBeNumeric(operatorName));
        }
        return term.doubleValue();
    }

    /** What AWS's streaming parser shows for a token: "]" past the end, "{" or "[" for a structure. */
    private static String tokenText(JsonNode term) {
        if (term == null) {
            return "]";
        }
        if (term.isContainerNode()) {
            return term.isObject() ? "{" : "[";
        }
        return term.asText();
    }

    private static InvalidFilterPolicyException invalid(String message) {
        return InvalidFilterPolicyException.of(message);
    }
}
