package dev.awsemulator.core.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON documents that are values of the domain (policies, redrive policies, message structures,
 * envelopes): reading them is part of validating the value, never part of a wire protocol.
 */
public final class JsonDocuments {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonDocuments() {
    }

    /** The document when it is a JSON object, otherwise null. */
    public static JsonNode parseObject(String text) {
        JsonNode node = parse(text);
        return node != null && node.isObject() ? node : null;
    }

    /** The document when it is a JSON array, otherwise null. */
    public static JsonNode parseArray(String text) {
        JsonNode node = parse(text);
        return node != null && node.isArray() ? node : null;
    }

    private static JsonNode parse(String text) {
        try {
            return text == null ? null : MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
