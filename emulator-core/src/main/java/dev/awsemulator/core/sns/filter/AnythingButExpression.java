package dev.awsemulator.core.sns.filter;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The operand of "anything-but": a string, a number, a list of strings or of numbers, or {"prefix": p}. AWS
 * recorded refusing {"suffix": ..} and {"exists": ..} here (May 2024), so prefix is the only operator allowed.
 */
final class AnythingButExpression {

    private AnythingButExpression() {
    }

    static Rule parse(JsonNode operand) {
        if (operand.isObject()) {
            return prefix(operand);
        }
        if (operand.isArray()) {
            return list(operand);
        }
        if (operand.isTextual()) {
            return new AnythingButValues(Set.of(operand.textValue()), new long[0]);
        }
        if (operand.isNumber()) {
            return new AnythingButValues(Set.of(), new long[] {Numbers.operand(operand.doubleValue())});
        }
        throw InvalidFilterPolicyException.of(PolicyMessages.ANYTHING_BUT_BAD_VALUE);
    }

    private static Rule prefix(JsonNode operand) {
        if (operand.isEmpty()) {
            throw InvalidFilterPolicyException.of(PolicyMessages.ANYTHING_BUT_NAME_NOT_FOUND);
        }
        Map.Entry<String, JsonNode> first = operand.properties().iterator().next();
        if (!first.getKey().equals("prefix")) {
            throw InvalidFilterPolicyException.of(PolicyMessages.unsupportedAnythingBut(first.getKey()));
        }
        String prefix = MatchExpression.text(first.getValue(), "prefix");
        if (operand.size() > 1) {
            throw InvalidFilterPolicyException.of(PolicyMessages.ONE_KEY_ONLY);
        }
        return new AnythingButPrefix(prefix);
    }

    private static Rule list(JsonNode operand) {
        Set<String> texts = new HashSet<>();
        long[] numbers = new long[operand.size()];
        int numberCount = 0;
        for (JsonNode value : operand) {
            if (value.isTextual()) {
                texts.add(value.textValue());
            } else if (value.isNumber()) {
                numbers[numberCount++] = Numbers.operand(value.doubleValue());
            } else {
                throw InvalidFilterPolicyException.of(PolicyMessages.ANYTHING_BUT_BAD_MEMBER);
            }
        }
        if (texts.isEmpty() == (numberCount == 0)) {
            throw InvalidFilterPolicyException.of(PolicyMessages.ANYTHING_BUT_MIXED);
        }
        return new AnythingButValues(texts, Arrays.copyOf(numbers, numberCount));
    }
}
