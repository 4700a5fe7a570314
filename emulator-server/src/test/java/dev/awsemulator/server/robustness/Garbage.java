package dev.awsemulator.server.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Values no AWS shape accepts in most places: wrong types, extremes, malformed text. */
enum Garbage {
    HUGE_STRING, EMPTY_STRING, CONTROL_CHARACTERS, LONE_SURROGATE, EMOJI, MARKUP, NEGATIVE, ZERO, MIN_LONG,
    HUGE_INTEGER, HUGE_DECIMAL, FRACTION, TRUE, NULL, EMPTY_ARRAY, EMPTY_OBJECT, NESTED_OBJECT, LONG_ARRAY,
    DEEP_ARRAY, NUMERIC_STRING, HUGE_NUMERIC_STRING, EXPONENT_STRING;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    JsonNode node() {
        return switch (this) {
            case HUGE_STRING, EMPTY_STRING, CONTROL_CHARACTERS, LONE_SURROGATE, EMOJI, MARKUP, NUMERIC_STRING,
                 HUGE_NUMERIC_STRING, EXPONENT_STRING -> NODES.textNode(text());
            case NEGATIVE -> NODES.numberNode(-1);
            case ZERO -> NODES.numberNode(0);
            case MIN_LONG -> NODES.numberNode(Long.MIN_VALUE);
            case HUGE_INTEGER -> NODES.numberNode(BigInteger.TEN.pow(40));
            case HUGE_DECIMAL -> NODES.numberNode(new BigDecimal("1e308"));
            case FRACTION -> NODES.numberNode(1.5);
            case TRUE -> NODES.booleanNode(true);
            case NULL -> NODES.nullNode();
            case EMPTY_ARRAY -> NODES.arrayNode();
            case EMPTY_OBJECT -> NODES.objectNode();
            case NESTED_OBJECT -> NODES.objectNode().set("x", NODES.objectNode().put("y", 1));
            case LONG_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = 0; i < 5_000; i++) {
                    array.add(i);
                }
                yield array;
            }
            case DEEP_ARRAY -> {
                JsonNode deep = NODES.arrayNode();
                for (int i = 0; i < 80; i++) {
                    deep = NODES.arrayNode().add(deep);
                }
                yield deep;
            }
        };
    }

    /** The value as Query parameter text. */
    String text() {
        return switch (this) {
            case HUGE_STRING -> "x".repeat(40_000);
            case EMPTY_STRING -> "";
            case CONTROL_CHARACTERS -> "\u0000\u0001\u001f\u007f";
            case LONE_SURROGATE -> "a\uD800b";
            case EMOJI -> "\uD83D\uDE00\u202E";
            case MARKUP -> "<x>&amp;]]>\"'";
            case NUMERIC_STRING -> "12";
            case HUGE_NUMERIC_STRING -> "99999999999999999999999999";
            case EXPONENT_STRING -> "1e400";
            default -> node().toString();
        };
    }
}
