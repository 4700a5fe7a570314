package dev.awsemulator.core.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

/**
 * JSON documents that are values of the domain (policies, redrive policies, message structures,
 * envelopes): reading them is part of validating the value, never part of a wire protocol.
 */
public final class JsonDocuments {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    /** A document is one JSON value: text after it makes it no document, as AWS reads policies and messages. */
    private static final ObjectReader READER = MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

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
            return text == null ? null : READER.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
