package dev.awsemulator.server.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Small reads of Jackson's tree that the checks share. */
final class JsonNodes {

    private JsonNodes() {
    }

    static JsonNode text(String text) {
        return JsonNodeFactory.instance.textNode(text);
    }

    static long binaryLength(JsonNode node) {
        try {
            return node.binaryValue().length;
        } catch (IOException e) {
            throw new UncheckedIOException("a binary node holds its bytes", e);
        }
    }
}
