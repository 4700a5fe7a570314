package dev.awsemulator.server.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.common.CommonError;

import java.util.Locale;

/**
 * A request's members against their shapes' types, in the words of AWS's JSON deserializer (the Java
 * types it names are AWS's own, as its answers quote them). Unknown members and nulls are ignored, as AWS
 * ignores them.
 */
final class MemberTypes {

    private MemberTypes() {
    }

    static void check(InputModel model, Shape shape, JsonNode node) {
        if (node == null || node.isNull()) {
            return;
        }
        switch (shape.kind()) {
            case STRUCTURE -> {
                container(node, node.isObject(), "Expected null");
                for (Shape.Member member : shape.members()) {
                    check(model, model.shape(member.shape()), node.get(member.name()));
                }
            }
            case LIST -> {
                container(node, node.isArray(), "Expected list or null");
                Shape element = model.shape(shape.element());
                node.forEach(item -> check(model, element, item));
            }
            case MAP -> {
                container(node, node.isObject(), "Expected map or null");
                Shape value = model.shape(shape.value());
                node.properties().forEach(entry -> check(model, value, entry.getValue()));
            }
            case STRING -> scalar(node, node.isTextual(), "an String");
            case INTEGER -> number(node, node.canConvertToInt(), "an Integer");
            case LONG -> number(node, node.canConvertToLong(), "an Long");
            case DOUBLE, FLOAT -> scalar(node, node.isNumber(), "an Double");
            // AWS JSON's timestamps are epoch seconds, CBOR's epoch milliseconds: numbers either way.
            case TIMESTAMP -> scalar(node, node.isNumber(), "a Timestamp");
            case BOOLEAN -> bool(node);
            case BLOB -> blob(node);
        }
    }

    /** A structure, list or map where the other container or a scalar stands. */
    private static void container(JsonNode node, boolean fits, String scalarFound) {
        if (fits) {
            return;
        }
        if (node.isArray()) {
            throw error("Start of list found where not expected");
        }
        if (node.isObject()) {
            throw error("Start of structure or map found where not expected.");
        }
        throw error(scalarFound);
    }

    private static void scalar(JsonNode node, boolean fits, String type) {
        if (fits) {
            return;
        }
        container(node, false, "class " + javaType(node) + " can not be converted to " + type);
    }

    /** An integral member: a fraction, or a number beyond the type's range, is never silently cut. */
    private static void number(JsonNode node, boolean fits, String type) {
        scalar(node, node.isNumber(), type);
        if (!node.isIntegralNumber() || !fits) {
            throw error("'" + node.asText() + "' can not be converted to " + type);
        }
    }

    private static void bool(JsonNode node) {
        if (node.isTextual() && !node.asText().equalsIgnoreCase("true") && !node.asText().equalsIgnoreCase("false")) {
            throw error("'" + node.asText().toUpperCase(Locale.ROOT) + "' can not be converted to an Boolean");
        }
        scalar(node, node.isBoolean() || node.isTextual(), "an Boolean");
    }

    /** A blob: bytes in CBOR, base64 text in JSON. */
    private static void blob(JsonNode node) {
        if (node.isBinary()) {
            return;
        }
        scalar(node, node.isTextual(), "a Blob");
        String text = node.asText();
        String refused = Base64Text.refusal(text);
        if (refused != null) {
            throw error("'" + text + "' can not be converted to a Blob: " + refused);
        }
    }

    private static String javaType(JsonNode node) {
        if (node.isBoolean()) {
            return "java.lang.Boolean";
        }
        return node.isNumber() ? "java.math.BigDecimal" : "java.lang.String";
    }

    private static AwsException error(String message) {
        return CommonError.SERIALIZATION.exception(message);
    }
}
