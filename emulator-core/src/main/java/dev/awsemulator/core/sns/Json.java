package dev.awsemulator.core.sns;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON documents SNS reads (policies, message structures) and writes (the notification envelope). */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** The document when it is a JSON array, otherwise null. */
    static JsonNode parseArray(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            return node != null && node.isArray() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** The document when it is a JSON object, otherwise null. */
    static JsonNode parseObject(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
